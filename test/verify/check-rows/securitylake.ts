import type { OrgSnapshot } from "../../../src/verify/scan/organization.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const ADMIN = "222233334444";
const LAKE = `arn:aws:securitylake:eu-west-1:${ADMIN}:data-lake/default`;
const lake = (sources: string[], status = "COMPLETED"): FakeData => ({
  securitylake: { dataLakes: ok([{ dataLakeArn: LAKE, region: "eu-west-1", createStatus: status }]), logSources: ok([{ account: "333344445555", region: "eu-west-1", sources: sources.map((sourceName) => ({ awsLogSource: { sourceName } })) }]) } as FakeData["securitylake"],
});
const NONE: FakeData = { securitylake: { dataLakes: ok([]), logSources: ok([]) } };
// Security Lake delegated to the log archive account: its data lake is read there.
const delegated = (admin: FakeData): CheckRow["opts"] => ({
  org: { organization: { id: "o-abc", managementAccountId: ACCOUNT, featureSet: "ALL" }, delegatedAdmins: ok([{ accountId: ADMIN, name: "log-archive", services: ["securitylake.amazonaws.com"] }]) } satisfies Partial<OrgSnapshot>,
  accounts: { [ADMIN]: admin },
});
const ALL = ["CLOUD_TRAIL_MGMT", "VPC_FLOW", "ROUTE53", "SH_FINDINGS", "LAMBDA_EXECUTION"];

export default {
  rows: [
    { name: "data lake in the administrator", check: "securitylake.data-lake", data: NONE, opts: delegated(lake(ALL)), status: "pass", resources: [LAKE] },
    { name: "data lake failed to create", check: "securitylake.data-lake", data: NONE, opts: delegated(lake(ALL, "FAILED")), status: "fail" },
    { name: "no data lake", check: "securitylake.data-lake", data: NONE, opts: delegated(NONE), status: "fail", detail: new RegExp(`looked in ${ACCOUNT}, ${ADMIN}`) },
    { name: "data lakes unreadable", check: "securitylake.data-lake", data: NONE, opts: delegated({ securitylake: { dataLakes: denied("securitylake:ListDataLakes"), logSources: denied("securitylake:ListDataLakes") } }), status: "unknown" },
    { name: "every needed source", check: "securitylake.log-sources", data: NONE, opts: delegated(lake(ALL)), status: "pass", resources: [LAKE] },
    { name: "CloudTrail only", check: "securitylake.log-sources", data: NONE, opts: delegated(lake(["CLOUD_TRAIL_MGMT"])), status: "fail", detail: /VPC_FLOW, ROUTE53, SH_FINDINGS/, resources: [LAKE] },
    { name: "no data lake", check: "securitylake.log-sources", data: NONE, opts: delegated(NONE), status: "not-applicable" },
    { name: "management unreadable, the administrator's lake read", check: "securitylake.log-sources", data: { securitylake: { dataLakes: denied("securitylake:ListDataLakes"), logSources: denied("securitylake:ListDataLakes") } }, opts: delegated(lake(ALL)), status: "pass", resources: [LAKE] },
    { name: "no lake seen, management unreadable", check: "securitylake.log-sources", data: { securitylake: { dataLakes: denied("securitylake:ListDataLakes"), logSources: denied("securitylake:ListDataLakes") } }, opts: delegated(NONE), status: "unknown" },
    { name: "sources unreadable", check: "securitylake.log-sources", data: NONE, opts: delegated({ securitylake: { dataLakes: lake(ALL).securitylake!.dataLakes!, logSources: denied("securitylake:ListLogSources") } }), status: "unknown" },
  ],
  alwaysApplicable: { "securitylake.data-lake": "every region of the organization has a Security Lake data lake or not" },
} satisfies RowFile;
