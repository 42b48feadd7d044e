import type { LocalPolicy } from "../../../src/verify/collect/iam.js";
import { parsePolicy } from "../../../src/verify/policy.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const policy = (name: string, ...statements: object[]): LocalPolicy => ({ arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, name, attachments: 1, statements: parsePolicy(JSON.stringify({ Statement: statements })) });
const policies = (list: LocalPolicy[]): FakeData => ({ iam: { localPolicies: ok(list) } });
const allow = (Action: string | string[], Resource = "*", Condition?: object) => ({ Effect: "Allow", Action, Resource, ...(Condition ? { Condition } : {}) });

const GITHUB = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const keyUser = (user: string, active: string) => ({ user, arn: `arn:aws:iam::${ACCOUNT}:user/${user}`, access_key_1_active: active, access_key_2_active: "false" });
const github = (providers: string[], rows: Record<string, string>[]): FakeData => ({ iam: { oidcProviders: ok(providers), credentialReport: ok(rows) } });

export default {
  rows: [
    { name: "no customer policies", check: "iam.privilege-escalation", data: policies([]), status: "not-applicable" },
    { name: "scoped IAM writes and read-only", check: "iam.privilege-escalation", data: policies([policy("ro", allow(["s3:Get*", "iam:Get*"])), policy("scoped", allow("iam:AttachRolePolicy", `arn:aws:iam::${ACCOUNT}:role/app`)), policy("mfa", allow("iam:CreateAccessKey", "*", { Bool: { "aws:MultiFactorAuthPresent": "true" } }))]), status: "pass", resources: ["ro", "scoped", "mfa"].map((n) => `arn:aws:iam::${ACCOUNT}:policy/${n}`) },
    { name: "policy version rewrite", check: "iam.privilege-escalation", data: policies([policy("dev", allow("iam:CreatePolicyVersion"))]), status: "fail", detail: /dev \(iam:CreatePolicyVersion\)/, resources: [`arn:aws:iam::${ACCOUNT}:policy/dev`] },
    { name: "iam wildcard", check: "iam.privilege-escalation", data: policies([policy("iamall", allow("iam:*"))]), status: "fail", detail: /iamall/ },
    { name: "PassRole with Lambda", check: "iam.privilege-escalation", data: policies([policy("deployer", allow(["iam:PassRole", "lambda:CreateFunction"]))]), status: "fail", detail: /iam:PassRole\+lambda:CreateFunction/ },
    { name: "PassRole alone", check: "iam.privilege-escalation", data: policies([policy("pass", allow("iam:PassRole"))]), status: "pass" },
    { name: "full admin is iam.admin-policies' finding", check: "iam.privilege-escalation", data: policies([policy("admin", allow("*"))]), status: "pass" },
    { name: "policies unreadable", check: "iam.privilege-escalation", data: { iam: { localPolicies: denied("iam:GetPolicyVersion", "error") } }, status: "error" },
    { name: "GitHub provider", check: "iam.github-oidc", data: github([GITHUB], [keyUser("ci", "true")]), status: "pass", resources: [GITHUB] },
    { name: "keys and only an EKS provider", check: "iam.github-oidc", data: github([`arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/X`], [keyUser("ci", "true")]), status: "fail", detail: /ci/, resources: [`arn:aws:iam::${ACCOUNT}:user/ci`] },
    { name: "no provider, no keys (root keys are iam.root-access-keys')", check: "iam.github-oidc", data: github([], [keyUser("bob", "false"), { user: "<root_account>", arn: `arn:aws:iam::${ACCOUNT}:root`, access_key_1_active: "true", access_key_2_active: "false" }]), status: "not-applicable" },
    { name: "providers unreadable", check: "iam.github-oidc", data: { iam: { oidcProviders: denied("iam:ListOpenIDConnectProviders") } }, status: "unknown" },
  ],
} satisfies RowFile;
