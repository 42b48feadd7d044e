import type { OrgSnapshot } from "../../../src/verify/scan/organization.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const HUB = `arn:aws:securityhub:eu-west-1:${ACCOUNT}:hub/default`;
const standard = (path: string, status = "READY") => ({ StandardsArn: `arn:aws:securityhub:eu-west-1::standards/${path}`, StandardsSubscriptionArn: `arn:aws:securityhub:eu-west-1:${ACCOUNT}:subscription/${path}`, StandardsInput: {}, StandardsStatus: status });
const hub = (arn: string | null, standards: object[] = []): FakeData => ({ securityhub: { hub: ok(arn), standards: ok(standards) } as FakeData["securityhub"] });
const FSBP = standard("aws-foundational-security-best-practices/v/1.0.0");
const PCI = standard("pci-dss/v/3.2.1");

const AGGREGATOR = "arn:aws:securityhub:eu-west-1:222233334444:finding-aggregator/abc";
const aggregators = (arns: string[]): FakeData => ({ securityhubAggregators: { aggregators: ok(arns.map((FindingAggregatorArn) => ({ FindingAggregatorArn }))) } });

const ORGANIZATION = { id: "o-abc", managementAccountId: ACCOUNT, featureSet: "ALL" };
const inOrg = (services: string[]): { org: Partial<OrgSnapshot> } => ({ org: { organization: ORGANIZATION, delegatedAdmins: ok([{ accountId: "222233334444", name: "security", services }]) } });

const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources: string[], opts?: CheckRow["opts"]): CheckRow => ({ check, name, data, status, opts, ...(status === "unknown" || status === "error" ? {} : { resources }) });

export default {
  rows: [
    row("securityhub.enabled", "hub enabled", hub(HUB), "pass", [HUB]),
    row("securityhub.enabled", "not subscribed", hub(null), "fail", []),
    row("securityhub.enabled", "hub unreadable", { securityhub: { hub: denied("securityhub:DescribeHub") } }, "unknown", []),
    row("securityhub.standards", "foundational best practices", hub(HUB, [FSBP, PCI]), "pass", [FSBP.StandardsSubscriptionArn]),
    row("securityhub.standards", "CIS", hub(HUB, [standard("cis-aws-foundations-benchmark/v/1.4.0")]), "pass", [standard("cis-aws-foundations-benchmark/v/1.4.0").StandardsSubscriptionArn]),
    row("securityhub.standards", "only PCI", hub(HUB, [PCI]), "fail", [PCI.StandardsSubscriptionArn]),
    row("securityhub.standards", "baseline failed to enable", hub(HUB, [standard("aws-foundational-security-best-practices/v/1.0.0", "FAILED")]), "fail", [FSBP.StandardsSubscriptionArn]),
    row("securityhub.standards", "hub off", hub(null), "not-applicable", []),
    row("securityhub.standards", "standards unreadable", { securityhub: { hub: ok(HUB), standards: denied("securityhub:GetEnabledStandards") } }, "unknown", []),
    row("securityhub.org-admin", "delegated administrator", {}, "pass", ["222233334444"], inOrg(["guardduty.amazonaws.com", "securityhub.amazonaws.com"])),
    row("securityhub.org-admin", "GuardDuty delegated only", {}, "fail", [], inOrg(["guardduty.amazonaws.com"])),
    row("securityhub.org-admin", "standalone account", {}, "fail", []),
    row("securityhub.org-admin", "delegated administrators unreadable", {}, "unknown", [], { org: { organization: ORGANIZATION } }),
    row("securityhub.finding-aggregation", "aggregator in the delegated administrator", aggregators([]), "pass", [AGGREGATOR], { ...inOrg(["securityhub.amazonaws.com"]), accounts: { "222233334444": aggregators([AGGREGATOR]) } }),
    row("securityhub.finding-aggregation", "aggregator in a standalone account", aggregators([AGGREGATOR]), "pass", [AGGREGATOR]),
    row("securityhub.finding-aggregation", "no aggregator", aggregators([]), "fail", [], { ...inOrg(["securityhub.amazonaws.com"]), accounts: { "222233334444": aggregators([]) } }),
    row("securityhub.finding-aggregation", "administrator unreadable", aggregators([]), "unknown", [], { ...inOrg(["securityhub.amazonaws.com"]), accounts: { "222233334444": { securityhubAggregators: { aggregators: denied("securityhub:ListFindingAggregators") } } } }),
  ],
  alwaysApplicable: {
    "securityhub.finding-aggregation": "the organization's Security Hub either aggregates regions or not",
    "securityhub.enabled": "every region has a Security Hub setting: subscribed or not",
    "securityhub.org-admin": "the organization's Security Hub administrator is a setting, registered or not",
  },
} satisfies RowFile;
