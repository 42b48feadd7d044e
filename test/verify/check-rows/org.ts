import type { OrgAccount, OrgSnapshot, Scp } from "../../../src/verify/scan/organization.js";
import { parsePolicy } from "../../../src/verify/policy.js";
import { ACCOUNT, denied, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const ORGANIZATION = { id: "o-abc", managementAccountId: ACCOUNT, featureSet: "ALL" };
const ROOT = "r-root";
const account = (id: string, ...ous: string[]): OrgAccount => ({ id, name: `acct-${id}`, status: "ACTIVE", ou: ous.length ? `Root/${ous.join("/")}` : undefined, parents: [...ous, ROOT] });
const MANAGEMENT = account(ACCOUNT);
const PROD = account("222233334444", "ou-prod");
const SANDBOX = account("333344445555", "ou-sandbox");
const policy = (id: string, targets: string[], ...statements: object[]): Scp => ({ id, name: id, targets, statements: parsePolicy(JSON.stringify({ Statement: statements })) });
const deny = (Action: string | string[], Condition?: object) => ({ Effect: "Deny", Action, Resource: "*", ...(Condition ? { Condition } : {}) });

const GUARDRAILS = [deny("organizations:LeaveOrganization"), deny("*", { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1"] } }), deny(["cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "guardduty:DeleteDetector", "config:StopConfigurationRecorder", "config:DeleteConfigurationRecorder"])];
const org = (over: Partial<OrgSnapshot> = {}): { org: Partial<OrgSnapshot> } => ({ org: { organization: ORGANIZATION, accounts: [MANAGEMENT, PROD, SANDBOX], scps: ok([]), rcps: ok([]), delegatedAdmins: ok([]), serviceAccess: ok([]), ...over } });
const STANDALONE = {};
const UNREADABLE = { org: { problem: { status: "unknown" as const, reason: "access denied to organizations:DescribeOrganization" } } };
const scpArn = (id: string) => `arn:aws:organizations::${ACCOUNT}:policy/o-abc/service_control_policy/${id}`;
const accountArn = (id: string) => `arn:aws:organizations::${ACCOUNT}:account/o-abc/${id}`;
const ORG_ARN = `arn:aws:organizations::${ACCOUNT}:organization/o-abc`;

const row = (check: string, name: string, opts: CheckRow["opts"], status: CheckRow["status"], resources: string[]): CheckRow => ({ check, name, data: {}, opts, status, ...(status === "unknown" || status === "error" ? {} : { resources }) });

/** The three SCP guardrail checks share one coverage rule: pass, missing, attached too low, nothing to cover, unreadable. */
const scpRows = (check: string, statement: object): CheckRow[] => [
  row(check, "on the root", org({ scps: ok([policy("p-guard", [ROOT], ...GUARDRAILS)]) }), "pass", [scpArn("p-guard")]),
  row(check, "on one OU only", org({ scps: ok([policy("p-guard", ["ou-prod"], statement)]) }), "fail", [accountArn(SANDBOX.id)]),
  row(check, "no such SCP", org({ scps: ok([policy("p-other", [ROOT], deny("s3:DeleteBucket"))]) }), "fail", []),
  row(check, "no member accounts", org({ accounts: [MANAGEMENT], scps: ok([policy("p-guard", [ROOT], ...GUARDRAILS)]) }), "not-applicable", []),
  row(check, "standalone account", STANDALONE, "fail", []),
  row(check, "organization unreadable", UNREADABLE, "unknown", []),
];

export default {
  rows: [
    ...scpRows("org.scp-deny-leave-org", GUARDRAILS[0]!),
    ...scpRows("org.scp-region-deny", GUARDRAILS[1]!),
    ...scpRows("org.scp-protect-security-services", GUARDRAILS[2]!),
    row("org.delegated-admins", "GuardDuty delegated", org({ delegatedAdmins: ok([{ accountId: PROD.id, name: "security", services: ["guardduty.amazonaws.com"] }]) }), "pass", [PROD.id]),
    row("org.delegated-admins", "only a non-security service delegated", org({ delegatedAdmins: ok([{ accountId: PROD.id, name: "ops", services: ["backup.amazonaws.com"] }]) }), "fail", []),
    row("org.delegated-admins", "standalone account", STANDALONE, "fail", []),
    row("org.delegated-admins", "delegated administrators unreadable", org({ delegatedAdmins: denied("organizations:ListDelegatedAdministrators") }), "unknown", []),
    row("org.all-features", "all features", org(), "pass", [ORG_ARN]),
    row("org.all-features", "consolidated billing", org({ organization: { ...ORGANIZATION, featureSet: "CONSOLIDATED_BILLING" } }), "fail", []),
    row("org.all-features", "standalone account", STANDALONE, "fail", []),
    row("org.all-features", "organization unreadable", UNREADABLE, "unknown", []),
    row("org.control-tower", "trusted access and guardrails", org({ serviceAccess: ok(["controltower.amazonaws.com", "sso.amazonaws.com"]), scps: ok([policy("aws-guardrails-AbCdEf", ["ou-prod"], deny("cloudtrail:StopLogging"))]) }), "pass", [ORG_ARN]),
    row("org.control-tower", "guardrail SCPs left after decommissioning", org({ serviceAccess: ok(["sso.amazonaws.com"]), scps: ok([policy("aws-guardrails-AbCdEf", ["ou-prod"], deny("cloudtrail:StopLogging"))]) }), "fail", [ORG_ARN]),
    row("org.control-tower", "standalone account", STANDALONE, "fail", []),
    row("org.control-tower", "service access unreadable", org({ serviceAccess: denied("organizations:ListAWSServiceAccessForOrganization") }), "unknown", []),
    row("org.control-tower", "service access unreadable, guardrail SCPs attached", org({ serviceAccess: denied("organizations:ListAWSServiceAccessForOrganization"), scps: ok([policy("aws-guardrails-AbCdEf", ["ou-prod"], deny("cloudtrail:StopLogging"))]) }), "pass", [scpArn("aws-guardrails-AbCdEf")]),
    row("org.ou-structure", "every member in an OU", org(), "pass", [ORG_ARN, accountArn(PROD.id), accountArn(SANDBOX.id)]),
    row("org.ou-structure", "a member under the root", org({ accounts: [MANAGEMENT, PROD, account("444455556666")] }), "fail", [accountArn("444455556666")]),
    row("org.ou-structure", "management account only", org({ accounts: [MANAGEMENT] }), "not-applicable", []),
    row("org.ou-structure", "accounts unlistable", org({ problem: { status: "error", reason: "organizations:ListAccounts timed out" } }), "error", []),
    row("org.resource-control-policies", "deny outside the organization", org({ rcps: ok([policy("p-rcpfull", [ROOT], { Effect: "Allow", Action: "*", Resource: "*" }), policy("p-perimeter", [ROOT], deny("s3:*", { StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-abc" } }))]) }), "pass", [`arn:aws:organizations::${ACCOUNT}:policy/o-abc/resource_control_policy/p-perimeter`]),
    row("org.resource-control-policies", "RCPFullAWSAccess only", org({ rcps: ok([policy("p-rcpfull", [ROOT], { Effect: "Allow", Action: "*", Resource: "*" })]) }), "fail", []),
    row("org.resource-control-policies", "no member accounts", org({ accounts: [MANAGEMENT] }), "not-applicable", []),
    row("org.resource-control-policies", "policies unreadable", org({ rcps: denied("organizations:ListPolicies") }), "unknown", []),
  ],
  alwaysApplicable: {
    "org.delegated-admins": "the organization's delegated administrators are a setting, registered or not",
    "org.all-features": "every organization has a feature set",
    "org.control-tower": "the organization either trusts Control Tower or not",
  },
} satisfies RowFile;
