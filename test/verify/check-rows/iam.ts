import type { Authorization, CredentialRow, IamRole, IamUser, LocalPolicy } from "../../../src/verify/collect/iam.js";
import { parsePolicy } from "../../../src/verify/policy.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const policy = (name: string, ...statements: object[]): LocalPolicy => ({ arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, name, attachments: 1, statements: parsePolicy(JSON.stringify({ Statement: statements })) });
const policies = (list: LocalPolicy[]): FakeData => ({ iam: { localPolicies: ok(list) } });
const allow = (Action: string | string[], Resource = "*", Condition?: object) => ({ Effect: "Allow", Action, Resource, ...(Condition ? { Condition } : {}) });

const GITHUB = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const MANAGEMENT = "999988887777";
const OUTSIDER = "444455556666";
const ORG = { organization: { id: "o-1", managementAccountId: MANAGEMENT, featureSet: "ALL" }, accounts: [ACCOUNT, MANAGEMENT].map((id) => ({ id, name: id, status: "ACTIVE", parents: ["r-1"] })) };

// Principals as the GetAccountAuthorizationDetails walk resolves them.
const doc = (...statements: object[]) => parsePolicy(JSON.stringify({ Statement: statements }));
const ADMIN_ACCESS = { via: "AdministratorAccess", arn: "arn:aws:iam::aws:policy/AdministratorAccess", statements: [] };
const inline = (name: string, ...statements: object[]) => ({ via: `inline ${name}`, statements: doc(...statements) });
const user = (name: string, grants: IamUser["grants"] = [], boundary?: string): IamUser => ({ name, arn: `arn:aws:iam::${ACCOUNT}:user/${name}`, grants, boundary });
const role = (name: string, trust: object[], grants: IamRole["grants"] = [], path = "/"): IamRole => ({ name, arn: `arn:aws:iam::${ACCOUNT}:role${path}${name}`, path, trust: doc(...trust), grants });
const trust = (Principal: unknown, Condition?: object, Action = "sts:AssumeRole") => ({ Effect: "Allow", Principal, Action, ...(Condition ? { Condition } : {}) });
const authz = (a: Partial<Authorization>): FakeData => ({ iam: { authorization: ok({ users: [], roles: [], policies: [], ...a }) } });
const roleArn = (name: string, path = "/") => `arn:aws:iam::${ACCOUNT}:role${path}${name}`;
const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
const unreadable: FakeData = { iam: { authorization: denied("iam:GetAccountAuthorizationDetails") } };
const oidc = (host: string, Condition?: object) => trust({ Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/${host}` }, Condition, "sts:AssumeRoleWithWebIdentity");
const GH = "token.actions.githubusercontent.com";

// Credential report rows.
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const rootRow = (mfa: string, key = "false"): CredentialRow => ({ user: "<root_account>", arn: ROOT, mfa_active: mfa, access_key_1_active: key, access_key_2_active: "false", password_enabled: "not_supported" });
const person = (name: string, fields: Record<string, string>): CredentialRow => ({ user: name, arn: userArn(name), password_enabled: "false", mfa_active: "false", access_key_1_active: "false", access_key_2_active: "false", ...fields });
const report = (...rows: CredentialRow[]): FakeData => ({ iam: { credentialReport: ok(rows) } });
const noReport: FakeData = { iam: { credentialReport: denied("iam:GetCredentialReport") } };
const NOW = "2026-12-04T12:00:00Z";
const daysAgo = (n: number) => new Date(Date.parse(NOW) - n * 86_400_000).toISOString();
const keyUser = (user: string, active: string) => ({ user, arn: `arn:aws:iam::${ACCOUNT}:user/${user}`, access_key_1_active: active, access_key_2_active: "false" });
const github = (providers: string[], rows: Record<string, string>[]): FakeData => ({ iam: { oidcProviders: ok(providers), credentialReport: ok(rows) } });

export default {
  alwaysApplicable: {
    "iam.root-mfa": "every account has a root user",
    "iam.root-access-keys": "every account has a root user",
    "iam.root-hardware-mfa": "every account has a root user",
    "iam.password-policy": "the account password policy is an account setting, AWS defaults when unset",
    "iam.users-present": "the credential report always exists; no IAM users with credentials is the passing state",
  },
  rows: [
    { name: "no users", check: "iam.admin-users", data: authz({}), status: "not-applicable" },
    { name: "scoped users", check: "iam.admin-users", data: authz({ users: [user("dev", [inline("read", allow("s3:Get*"))]), user("bounded", [ADMIN_ACCESS], "arn:aws:iam::111122223333:policy/boundary")] }), status: "pass", resources: [userArn("dev"), userArn("bounded")] },
    { name: "AdministratorAccess through a group", check: "iam.admin-users", data: authz({ users: [user("dev"), user("ops", [{ ...ADMIN_ACCESS, via: "group admins: AdministratorAccess" }])] }), status: "fail", detail: /ops \(group admins: AdministratorAccess\)/, resources: [userArn("ops")] },
    { name: "inline star policy", check: "iam.admin-users", data: authz({ users: [user("ci", [inline("all", allow("*"))])] }), status: "fail", detail: /ci \(inline all\)/ },
    { name: "boundary that is itself admin", check: "iam.admin-users", data: authz({ users: [user("x", [ADMIN_ACCESS], "arn:aws:iam::aws:policy/AdministratorAccess")] }), status: "fail" },
    { name: "customer boundary that allows everything", check: "iam.admin-users", data: authz({ users: [user("x", [inline("all", allow("*"))], `arn:aws:iam::${ACCOUNT}:policy/open-boundary`)], policies: [policy("open-boundary", allow("*"))] }), status: "fail" },
    { name: "unreadable", check: "iam.admin-users", data: unreadable, status: "unknown", detail: /GetAccountAuthorizationDetails/ },

    { name: "only AWS-managed roles and the org access role", check: "iam.admin-roles", data: authz({ roles: [role("AWSServiceRoleForSupport", [trust({ Service: "support.amazonaws.com" })], [], "/aws-service-role/support.amazonaws.com/"), role("AWSReservedSSO_Admin_1", [trust({ Federated: "arn:aws:iam::111122223333:saml-provider/AWSSSO_x" })], [ADMIN_ACCESS], "/aws-reserved/sso.amazonaws.com/"), role("OrganizationAccountAccessRole", [trust({ AWS: `arn:aws:iam::${MANAGEMENT}:root` })], [ADMIN_ACCESS])] }), opts: { org: ORG }, status: "not-applicable" },
    { name: "scoped workload role", check: "iam.admin-roles", data: authz({ roles: [role("app", [trust({ Service: "lambda.amazonaws.com" })], [inline("read", allow("s3:GetObject", "arn:aws:s3:::data/*"))])] }), status: "pass", resources: [roleArn("app")] },
    { name: "admin instance role", check: "iam.admin-roles", data: authz({ roles: [role("ec2-admin", [trust({ Service: "ec2.amazonaws.com" })], [ADMIN_ACCESS])] }), status: "fail", detail: /ec2-admin \(AdministratorAccess\)/, resources: [roleArn("ec2-admin")] },
    { name: "admin role the management account shares with an outsider", check: "iam.admin-roles", data: authz({ roles: [role("OrganizationAccountAccessRole", [trust({ AWS: [`arn:aws:iam::${MANAGEMENT}:root`, OUTSIDER] })], [ADMIN_ACCESS])] }), opts: { org: ORG }, status: "fail" },
    { name: "unreadable", check: "iam.admin-roles", data: unreadable, status: "unknown" },

    { name: "only service-linked roles", check: "iam.role-trust-public", data: authz({ roles: [role("AWSServiceRoleForSupport", [trust({ Service: "support.amazonaws.com" })], [], "/aws-service-role/support.amazonaws.com/")] }), status: "not-applicable" },
    { name: "star narrowed to the organization", check: "iam.role-trust-public", data: authz({ roles: [role("org-read", [trust({ AWS: "*" }, { StringEquals: { "aws:PrincipalOrgID": "o-1" } })]), role("app", [trust({ Service: "lambda.amazonaws.com" })])] }), status: "pass", resources: [roleArn("org-read"), roleArn("app")] },
    { name: "anyone", check: "iam.role-trust-public", data: authz({ roles: [role("open", [trust({ AWS: "*" })]), role("app", [trust({ Service: "lambda.amazonaws.com" })])] }), status: "fail", detail: /open/, resources: [roleArn("open")] },
    { name: "bare star principal", check: "iam.role-trust-public", data: authz({ roles: [role("open", [trust("*")])] }), status: "fail" },
    { name: "unreadable", check: "iam.role-trust-public", data: unreadable, status: "unknown" },

    { name: "trust stays inside the organization", check: "iam.role-trust-external", data: authz({ roles: [role("deploy", [trust({ AWS: `arn:aws:iam::${MANAGEMENT}:role/pipeline` })]), role("self", [trust({ AWS: ACCOUNT })])] }), opts: { org: ORG }, status: "not-applicable" },
    { name: "vendor with an external id", check: "iam.role-trust-external", data: authz({ roles: [role("vendor", [trust({ AWS: `arn:aws:iam::${OUTSIDER}:root` }, { StringEquals: { "sts:ExternalId": "abc" } })])] }), opts: { org: ORG }, status: "pass", resources: [roleArn("vendor")] },
    { name: "vendor without an external id", check: "iam.role-trust-external", data: authz({ roles: [role("vendor", [trust({ AWS: OUTSIDER })])] }), opts: { org: ORG }, status: "fail", detail: /vendor \(444455556666\)/, resources: [roleArn("vendor")] },
    { name: "standalone account trusting another", check: "iam.role-trust-external", data: authz({ roles: [role("x", [trust({ AWS: `arn:aws:iam::${MANAGEMENT}:root` })])] }), opts: { org: { accounts: [{ id: ACCOUNT, name: "me", status: "ACTIVE", parents: [] }] } }, status: "fail" },
    { name: "organization unreadable", check: "iam.role-trust-external", data: authz({}), opts: { org: { problem: { status: "unknown", reason: "access denied to organizations:ListAccounts" } } }, status: "unknown", detail: /outside accounts cannot be told apart/ },

    { name: "no CI trust (EKS service accounts are not CI)", check: "iam.ci-oidc-trust", data: authz({ roles: [role("irsa", [oidc("oidc.eks.eu-west-1.amazonaws.com/id/X")])] }), status: "not-applicable" },
    { name: "GitHub repository and branch, GitLab project", check: "iam.ci-oidc-trust", data: authz({ roles: [role("deploy", [oidc(GH, { StringEquals: { [`${GH}:aud`]: "sts.amazonaws.com", [`${GH}:sub`]: "repo:acme/infra:ref:refs/heads/main" } })]), role("gl", [oidc("gitlab.com", { StringLike: { "gitlab.com:sub": "project_path:acme/app:ref_type:branch:ref:main" } })]), role("org-wide", [oidc(GH, { "ForAnyValue:StringLike": { [`${GH}:sub`]: ["repo:acme/*"] } })])] }), status: "pass", resources: [roleArn("deploy"), roleArn("gl"), roleArn("org-wide")] },
    { name: "audience only", check: "iam.ci-oidc-trust", data: authz({ roles: [role("deploy", [oidc(GH, { StringEquals: { [`${GH}:aud`]: "sts.amazonaws.com" } })])] }), status: "fail", detail: /deploy \(no sub condition\)/, resources: [roleArn("deploy")] },
    { name: "GitHub Enterprise issuer without a subject", check: "iam.ci-oidc-trust", data: authz({ roles: [role("ent", [oidc(`${GH}/acme`, { StringEquals: { [`${GH}/acme:aud`]: "sts.amazonaws.com" } })])] }), status: "fail", detail: /ent \(no sub condition\)/ },
    { name: "any repository", check: "iam.ci-oidc-trust", data: authz({ roles: [role("deploy", [oidc(GH, { StringLike: { [`${GH}:sub`]: "repo:*" } })])] }), status: "fail", detail: /sub repo:\*/ },
    { name: "a negated subject restricts nothing", check: "iam.ci-oidc-trust", data: authz({ roles: [role("deploy", [oidc("app.terraform.io", { StringNotLike: { "app.terraform.io:sub": "organization:evil:*" } })])] }), status: "fail" },
    { name: "unreadable", check: "iam.ci-oidc-trust", data: unreadable, status: "unknown" },

    { name: "only AWS-managed roles and the org access role", check: "iam.unused-roles", data: authz({ roles: [{ ...role("OrganizationAccountAccessRole", [trust({ AWS: `arn:aws:iam::${MANAGEMENT}:root` })]), created: new Date(daysAgo(900)) }] }), opts: { org: ORG }, status: "not-applicable" },
    { name: "used lately, or new", check: "iam.unused-roles", data: authz({ roles: [{ ...role("app", [trust({ Service: "lambda.amazonaws.com" })]), created: new Date(daysAgo(400)), lastUsed: new Date(daysAgo(2)) }, { ...role("fresh", [trust({ Service: "ec2.amazonaws.com" })]), created: new Date(daysAgo(5)) }] }), status: "pass", resources: [roleArn("app"), roleArn("fresh")] },
    { name: "idle and never used", check: "iam.unused-roles", data: authz({ roles: [{ ...role("old", [trust({ Service: "ec2.amazonaws.com" })]), created: new Date(daysAgo(400)), lastUsed: new Date(daysAgo(120)) }, { ...role("spare", [trust({ Service: "ec2.amazonaws.com" })]), created: new Date(daysAgo(100)) }] }), status: "fail", detail: /old \(unused for 120 days\), spare \(never used\)/, resources: [roleArn("old"), roleArn("spare")] },
    { name: "unreadable", check: "iam.unused-roles", data: unreadable, status: "unknown" },

    { name: "no console users", check: "iam.stale-passwords", data: report(rootRow("true"), person("ci", { access_key_1_active: "true" })), status: "not-applicable" },
    { name: "recently used", check: "iam.stale-passwords", data: report(person("ann", { password_enabled: "true", password_last_used: daysAgo(3) })), status: "pass", resources: [userArn("ann")] },
    { name: "unused and never used", check: "iam.stale-passwords", data: report(person("ann", { password_enabled: "true", password_last_used: daysAgo(120) }), person("bob", { password_enabled: "true", password_last_used: "no_information", password_last_changed: daysAgo(200) }), person("new", { password_enabled: "true", password_last_used: "N/A", user_creation_time: daysAgo(2) })), status: "fail", detail: /ann \(unused for 120 days\), bob \(never used\)/, resources: [userArn("ann"), userArn("bob")] },
    { name: "report unreadable", check: "iam.stale-passwords", data: noReport, status: "unknown" },

    { name: "security key", check: "iam.root-hardware-mfa", data: { iam: { credentialReport: ok([rootRow("true")]) }, iamVirtualMfa: { devices: ok([{ serial: `arn:aws:iam::${ACCOUNT}:mfa/ann`, user: userArn("ann") }]) } }, status: "pass", resources: [ROOT] },
    { name: "virtual device", check: "iam.root-hardware-mfa", data: { iam: { credentialReport: ok([rootRow("true")]) }, iamVirtualMfa: { devices: ok([{ serial: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`, user: ROOT }]) } }, status: "fail", detail: /virtual MFA device/ },
    { name: "no MFA", check: "iam.root-hardware-mfa", data: { iam: { credentialReport: ok([rootRow("false")]) } }, status: "fail", detail: /no MFA device/ },
    { name: "no root row", check: "iam.root-hardware-mfa", data: { iam: { credentialReport: ok([]) } }, status: "unknown" },
    { name: "devices unreadable", check: "iam.root-hardware-mfa", data: { iam: { credentialReport: ok([rootRow("true")]) }, iamVirtualMfa: { devices: denied("iam:ListVirtualMFADevices") } }, status: "unknown" },

    { name: "MFA", check: "iam.root-mfa", data: report(rootRow("true")), status: "pass", resources: [ROOT] },
    { name: "no MFA", check: "iam.root-mfa", data: report(rootRow("false")), status: "fail", resources: [ROOT] },
    { name: "no root row", check: "iam.root-mfa", data: report(person("ann", {})), status: "unknown" },
    { name: "no keys", check: "iam.root-access-keys", data: report(rootRow("true")), status: "pass", resources: [ROOT] },
    { name: "a key", check: "iam.root-access-keys", data: report(rootRow("true", "true")), status: "fail", detail: /1 active access key/ },
    { name: "report unreadable", check: "iam.root-access-keys", data: noReport, status: "unknown" },

    { name: "no console users", check: "iam.console-users-without-mfa", data: report(rootRow("false"), person("ci", { access_key_1_active: "true" })), status: "not-applicable" },
    { name: "all with MFA", check: "iam.console-users-without-mfa", data: report(person("ann", { password_enabled: "true", mfa_active: "true" })), status: "pass", resources: [userArn("ann")] },
    { name: "one without", check: "iam.console-users-without-mfa", data: report(person("ann", { password_enabled: "true", mfa_active: "true" }), person("bob", { password_enabled: "true" })), status: "fail", resources: [userArn("bob")] },
    { name: "report unreadable", check: "iam.console-users-without-mfa", data: noReport, status: "unknown" },

    { name: "no keys", check: "iam.access-keys-rotated", data: report(rootRow("true", "true"), person("ann", { password_enabled: "true" })), status: "not-applicable" },
    { name: "fresh key", check: "iam.access-keys-rotated", data: report(person("ci", { access_key_1_active: "true", access_key_1_last_rotated: daysAgo(10), access_key_1_last_used_date: daysAgo(1) })), status: "pass", resources: [userArn("ci")] },
    { name: "old key, and an unused one", check: "iam.access-keys-rotated", data: report(person("ci", { access_key_1_active: "true", access_key_1_last_rotated: daysAgo(200), access_key_1_last_used_date: daysAgo(1) }), person("tool", { access_key_1_active: "true", access_key_1_last_rotated: daysAgo(100), access_key_1_last_used_date: "N/A" })), status: "fail", detail: /ci key 1 \(not rotated for 200 days\), tool key 1/ },
    { name: "report unreadable", check: "iam.access-keys-rotated", data: noReport, status: "unknown" },

    { name: "strong", check: "iam.password-policy", data: { iam: { passwordPolicy: ok({ MinimumPasswordLength: 16, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, PasswordReusePrevention: 24 }) } }, status: "pass" },
    { name: "weak", check: "iam.password-policy", data: { iam: { passwordPolicy: ok({ MinimumPasswordLength: 8 }) } }, status: "fail", detail: /minimum length 8 < 14/ },
    { name: "none", check: "iam.password-policy", data: { iam: { passwordPolicy: ok(null) } }, status: "fail", detail: /no IAM password policy/ },
    { name: "unreadable", check: "iam.password-policy", data: { iam: { passwordPolicy: denied("iam:GetAccountPasswordPolicy") } }, status: "unknown" },

    { name: "Identity Center's SAML provider", check: "iam.saml-oidc-providers", data: { iam: { samlProviders: ok([`arn:aws:iam::${ACCOUNT}:saml-provider/AWSSSO_x`]), oidcProviders: ok([]) } }, status: "pass" },
    { name: "none, a console user", check: "iam.saml-oidc-providers", data: { iam: { ...report(person("ann", { password_enabled: "true" })).iam, samlProviders: ok([]), oidcProviders: ok([]) } }, status: "fail", detail: /sign in as IAM users \(ann\)/, resources: [userArn("ann")] },
    { name: "none, credential report unreadable", check: "iam.saml-oidc-providers", data: { iam: { ...noReport.iam, samlProviders: ok([]), oidcProviders: ok([]) } }, status: "fail" },
    { name: "none, and nobody to sign in", check: "iam.saml-oidc-providers", data: { iam: { ...report(rootRow("true"), person("ci", { access_key_1_active: "true" })).iam, samlProviders: ok([]), oidcProviders: ok([]) } }, status: "not-applicable", detail: /Nobody signs in/ },
    { name: "unreadable", check: "iam.saml-oidc-providers", data: { iam: { samlProviders: denied("iam:ListSAMLProviders") } }, status: "unknown" },

    { name: "no users with credentials", check: "iam.users-present", data: report(rootRow("true"), person("old", {})), status: "pass" },
    { name: "a console user", check: "iam.users-present", data: report(person("ann", { password_enabled: "true" })), status: "fail", resources: [userArn("ann")] },
    { name: "report unreadable", check: "iam.users-present", data: noReport, status: "unknown" },

    { name: "no policies", check: "iam.admin-policies", data: policies([]), status: "not-applicable" },
    { name: "scoped policies", check: "iam.admin-policies", data: policies([policy("ro", allow("s3:Get*"))]), status: "pass", resources: [`arn:aws:iam::${ACCOUNT}:policy/ro`] },
    { name: "star on star", check: "iam.admin-policies", data: policies([policy("ro", allow("s3:Get*")), policy("everything", allow("*"))]), status: "fail", resources: [`arn:aws:iam::${ACCOUNT}:policy/everything`] },
    { name: "unreadable", check: "iam.admin-policies", data: { iam: { localPolicies: denied("iam:GetAccountAuthorizationDetails") } }, status: "unknown" },
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
