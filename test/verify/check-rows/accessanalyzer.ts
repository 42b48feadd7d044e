import type { AnalyzerSummary } from "@aws-sdk/client-accessanalyzer";
import { ACCOUNT, denied, type FakeData, type FakeOptions, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const DELEGATED = "222233334444";
const analyzer = (name: string, type: string, status = "ACTIVE"): AnalyzerSummary => ({ name, type, status, arn: `arn:aws:access-analyzer:eu-west-1:${ACCOUNT}:analyzer/${name}`, createdAt: new Date(0) }) as AnalyzerSummary;
const served = (...list: AnalyzerSummary[]): FakeData => ({ accessanalyzer: { analyzers: ok(list) } });
const arn = (name: string) => `arn:aws:access-analyzer:eu-west-1:${ACCOUNT}:analyzer/${name}`;
/** An organization whose management account is the caller (the fake account). */
const inOrg = (delegated: string[] = []): FakeOptions => ({
  org: { organization: { id: "o-1", managementAccountId: ACCOUNT, featureSet: "ALL" }, delegatedAdmins: ok(delegated.map((accountId) => ({ accountId, name: "security", services: ["access-analyzer.amazonaws.com"] }))) },
});
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], opts: FakeOptions, resources?: string[]): CheckRow => ({ check, name, data, status, opts, resources });

export default {
  alwaysApplicable: {
    "accessanalyzer.external-access": "the organization has an external access analyzer in the region or it does not",
    "accessanalyzer.unused-access": "the organization has an unused access analyzer or it does not",
  },
  rows: [
    row("accessanalyzer.external-access", "organization analyzer", served(analyzer("org", "ORGANIZATION")), "pass", inOrg(), [arn("org")]),
    row("accessanalyzer.external-access", "in the delegated administrator", served(), "pass", { ...inOrg([DELEGATED]), accounts: { [DELEGATED]: served(analyzer("org", "ORGANIZATION")) } }, [arn("org")]),
    row("accessanalyzer.external-access", "account analyzer only", served(analyzer("acct", "ACCOUNT"), analyzer("unused", "ORGANIZATION_UNUSED_ACCESS")), "fail", inOrg(), [arn("acct")]),
    row("accessanalyzer.external-access", "account analyzer outside an organization", served(analyzer("acct", "ACCOUNT")), "pass", {}, [arn("acct")]),
    row("accessanalyzer.external-access", "disabled analyzer", served(analyzer("org", "ORGANIZATION", "DISABLED")), "fail", inOrg(), []),
    row("accessanalyzer.external-access", "delegated administrator unreadable", served(), "unknown", { ...inOrg([DELEGATED]), accounts: { [DELEGATED]: { accessanalyzer: { analyzers: denied("access-analyzer:ListAnalyzers") } } } }),
    row("accessanalyzer.unused-access", "organization unused access analyzer", served(analyzer("unused", "ORGANIZATION_UNUSED_ACCESS")), "pass", inOrg(), [arn("unused")]),
    row("accessanalyzer.unused-access", "account level only", served(analyzer("org", "ORGANIZATION"), analyzer("mine", "ACCOUNT_UNUSED_ACCESS")), "fail", inOrg(), [arn("mine")]),
    row("accessanalyzer.unused-access", "none", served(), "fail", inOrg(), []),
    row("accessanalyzer.unused-access", "unreadable", { accessanalyzer: { analyzers: denied("access-analyzer:ListAnalyzers") } }, "unknown", inOrg()),
  ],
} satisfies RowFile;
