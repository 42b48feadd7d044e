import { parsePolicy } from "../../../src/verify/policy.js";
import type { OrgAccount, Scp } from "../../../src/verify/scan/organization.js";
import { denied, type FakeOptions, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const MANAGEMENT = "999988887777";
const organization = { id: "o-1", managementAccountId: MANAGEMENT, featureSet: "ALL" };
const member = (id: string, parents: string[]): OrgAccount => ({ id, name: id, status: "ACTIVE", parents });
const DENY_ROOT = parsePolicy(JSON.stringify({ Statement: { Effect: "Deny", Action: "*", Resource: "*", Condition: { StringLike: { "aws:PrincipalArn": "arn:aws:iam::*:root" } } } }));
const scp = (id: string, targets: string[], statements = DENY_ROOT): Scp => ({ id, name: id, targets, statements });
const org = (accounts: OrgAccount[], scps: Scp[]): FakeOptions => ({ org: { organization, accounts: [member(MANAGEMENT, ["r-1"]), ...accounts], scps: ok(scps) } });
const row = (name: string, opts: FakeOptions, status: CheckRow["status"], detail?: RegExp): CheckRow => ({ check: "org.scp-deny-root", name, data: {}, opts, status, detail });

export default {
  rows: [
    row("on the root", org([member("111111111111", ["ou-1", "r-1"])], [scp("p-root", ["r-1"])]), "pass"),
    row("on one OU only", org([member("111111111111", ["ou-1", "r-1"]), member("222222222222", ["ou-2", "r-1"])], [scp("p-ou", ["ou-1"])]), "fail", /222222222222/),
    row("no guardrail", org([member("111111111111", ["r-1"])], [scp("p-other", ["r-1"], [])]), "fail", /No SCP/),
    row("management account only", org([], [scp("p-root", ["r-1"])]), "not-applicable"),
    row("policies unreadable", { org: { organization, accounts: [member("111111111111", ["r-1"])], scps: denied("organizations:ListPolicies") } }, "unknown"),
  ],
} satisfies RowFile;
