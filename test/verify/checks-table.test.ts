import { describe, expect, it } from "vitest";
import type { IpPermission, SecurityGroup } from "@aws-sdk/client-ec2";
import { CHECKS_BY_ID } from "../../src/verify/checks/index.js";
import type { LocalPolicy } from "../../src/verify/collect/iam.js";
import { parsePolicy } from "../../src/verify/policy.js";
import { ACCOUNT, denied, type FakeData, type FakeOptions, ok, runFake } from "./fake-context.js";

/** Each row: a check, the data it is served, the status and (part of) the detail or resources it must produce. */
interface Row {
  name: string;
  check: string;
  data: FakeData;
  opts?: FakeOptions;
  status: string;
  detail?: RegExp;
  resources?: string[];
}

const sg = (id: string, ...perms: IpPermission[]): SecurityGroup => ({ GroupId: id, GroupName: id, IpPermissions: perms });
const world = (from: number, to = from, protocol = "tcp"): IpPermission => ({ IpProtocol: protocol, FromPort: from, ToPort: to, IpRanges: [{ CidrIp: "0.0.0.0/0" }] });
const ec2 = (groups: SecurityGroup[]): FakeData => ({ ec2: { securityGroups: ok(groups) } });

const policy = (name: string, ...statements: object[]): LocalPolicy => ({ arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, name, attachments: 1, statements: parsePolicy(JSON.stringify({ Statement: statements })) });
const iamPolicies = (policies: LocalPolicy[]): FakeData => ({ iam: { localPolicies: ok(policies) } });
const allow = (Action: string | string[], Resource = "*", Condition?: object) => ({ Effect: "Allow", Action, Resource, ...(Condition ? { Condition } : {}) });

const GITHUB = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const keyUser = (user: string, active: string) => ({ user, arn: `arn:aws:iam::${ACCOUNT}:user/${user}`, access_key_1_active: active, access_key_2_active: "false" });
const github = (providers: string[], rows: Record<string, string>[]): FakeData => ({ iam: { oidcProviders: ok(providers), credentialReport: ok(rows) } });

const rows: Row[] = [
  // ec2.sg-open-data-ports
  { name: "no groups", check: "ec2.sg-open-data-ports", data: ec2([]), status: "not-applicable" },
  { name: "SSH only and a private database", check: "ec2.sg-open-data-ports", data: ec2([sg("sg-1", world(22)), sg("sg-2", { IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: "10.0.0.0/8" }] })]), status: "pass", resources: [`arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-1`, `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-2`] },
  { name: "MySQL open", check: "ec2.sg-open-data-ports", data: ec2([sg("sg-db", world(3306))]), status: "fail", detail: /sg-db \(MySQL\)/, resources: [`arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/sg-db`] },
  { name: "SMB over IPv6", check: "ec2.sg-open-data-ports", data: ec2([sg("sg-6", { IpProtocol: "tcp", FromPort: 445, ToPort: 445, Ipv6Ranges: [{ CidrIpv6: "::/0" }] })]), status: "fail", detail: /SMB/ },
  { name: "all traffic", check: "ec2.sg-open-data-ports", data: ec2([sg("sg-all", world(0, 0, "-1"))]), status: "fail", detail: /LDAP/ },
  { name: "a wide port range", check: "ec2.sg-open-data-ports", data: ec2([sg("sg-r", world(1000, 2000))]), status: "fail", detail: /SQL Server\/Oracle/ },
  { name: "groups unreadable", check: "ec2.sg-open-data-ports", data: { ec2: { securityGroups: denied("ec2:DescribeSecurityGroups") } }, status: "unknown", detail: /ec2:DescribeSecurityGroups/ },
  // iam.privilege-escalation
  { name: "no customer policies", check: "iam.privilege-escalation", data: iamPolicies([]), status: "not-applicable" },
  { name: "scoped IAM writes and read-only", check: "iam.privilege-escalation", data: iamPolicies([policy("ro", allow(["s3:Get*", "iam:Get*"])), policy("scoped", allow("iam:AttachRolePolicy", `arn:aws:iam::${ACCOUNT}:role/app`)), policy("mfa", allow("iam:CreateAccessKey", "*", { Bool: { "aws:MultiFactorAuthPresent": "true" } }))]), status: "pass", resources: ["ro", "scoped", "mfa"].map((n) => `arn:aws:iam::${ACCOUNT}:policy/${n}`) },
  { name: "policy version rewrite", check: "iam.privilege-escalation", data: iamPolicies([policy("dev", allow("iam:CreatePolicyVersion"))]), status: "fail", detail: /dev \(iam:CreatePolicyVersion\)/, resources: [`arn:aws:iam::${ACCOUNT}:policy/dev`] },
  { name: "iam wildcard", check: "iam.privilege-escalation", data: iamPolicies([policy("iamall", allow("iam:*"))]), status: "fail", detail: /iamall/ },
  { name: "PassRole with Lambda", check: "iam.privilege-escalation", data: iamPolicies([policy("deployer", allow(["iam:PassRole", "lambda:CreateFunction"]))]), status: "fail", detail: /iam:PassRole\+lambda:CreateFunction/ },
  { name: "PassRole alone", check: "iam.privilege-escalation", data: iamPolicies([policy("pass", allow("iam:PassRole"))]), status: "pass" },
  { name: "full admin is iam.admin-policies' finding", check: "iam.privilege-escalation", data: iamPolicies([policy("admin", allow("*"))]), status: "pass" },
  { name: "policies unreadable", check: "iam.privilege-escalation", data: { iam: { localPolicies: denied("iam:GetPolicyVersion", "error") } }, status: "error" },
  // iam.github-oidc
  { name: "GitHub provider", check: "iam.github-oidc", data: github([GITHUB], [keyUser("ci", "true")]), status: "pass", resources: [GITHUB] },
  { name: "keys and only an EKS provider", check: "iam.github-oidc", data: github([`arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/X`], [keyUser("ci", "true")]), status: "fail", detail: /ci/, resources: [`arn:aws:iam::${ACCOUNT}:user/ci`] },
  { name: "no provider, no keys (root keys are iam.root-access-keys')", check: "iam.github-oidc", data: github([], [keyUser("bob", "false"), { user: "<root_account>", arn: `arn:aws:iam::${ACCOUNT}:root`, access_key_1_active: "true", access_key_2_active: "false" }]), status: "not-applicable" },
  { name: "providers unreadable", check: "iam.github-oidc", data: { iam: { oidcProviders: denied("iam:ListOpenIDConnectProviders") } }, status: "unknown" },
];

describe("checks, table-driven through the fake context", () => {
  it.each(rows)("$check: $name -> $status", async (row) => {
    const check = CHECKS_BY_ID.get(row.check);
    expect(check, `${row.check} is registered`).toBeDefined();
    const outcome = await runFake(check!, row.data, row.opts);
    expect(outcome.status).toBe(row.status);
    if (row.detail) expect(outcome.detail).toMatch(row.detail);
    if (row.resources) expect(outcome.resources).toEqual(row.resources);
    // A pass always names what it evaluated; other outcomes say why in the detail.
    if (outcome.status === "pass") expect(outcome.resources?.length).toBeGreaterThan(0);
    expect(outcome.detail.length).toBeGreaterThan(0);
  });
});

describe("GuardDuty protection plans", () => {
  const detector = (status: string, features: Record<string, string>) => ({ id: "d1", status, features });
  const served = (...detectors: ReturnType<typeof detector>[]): FakeData => ({ guardduty: { detectors: ok(detectors) } });
  const DETECTOR = `arn:aws:guardduty:eu-west-1:${ACCOUNT}:detector/d1`;
  it.each([
    ["guardduty.runtime-monitoring", served(detector("ENABLED", { RUNTIME_MONITORING: "ENABLED" })), "pass", [DETECTOR]],
    ["guardduty.runtime-monitoring", served(detector("ENABLED", { EKS_RUNTIME_MONITORING: "ENABLED" })), "pass", [DETECTOR]],
    ["guardduty.runtime-monitoring", served(detector("ENABLED", { RUNTIME_MONITORING: "DISABLED", EBS_MALWARE_PROTECTION: "ENABLED" })), "fail", [DETECTOR]],
    ["guardduty.runtime-monitoring", served(detector("DISABLED", { RUNTIME_MONITORING: "ENABLED" })), "fail", []],
    ["guardduty.runtime-monitoring", served(), "fail", []],
    ["guardduty.malware-protection", served(detector("ENABLED", { EBS_MALWARE_PROTECTION: "ENABLED" })), "pass", [DETECTOR]],
    ["guardduty.malware-protection", served(detector("ENABLED", {})), "fail", [DETECTOR]],
    ["guardduty.malware-protection", { guardduty: { detectors: denied("guardduty:GetDetector") } }, "unknown", []],
  ] as const)("%s -> %s (%#)", async (id, data, status, resources) => {
    const outcome = await runFake(CHECKS_BY_ID.get(id)!, data as FakeData);
    expect(outcome.status).toBe(status);
    expect(outcome.resources).toEqual(resources);
  });
});

describe("AWS Config rule evidence", () => {
  const rule = (name: string, identifier: string, state = "ACTIVE") => ({ ConfigRuleName: name, ConfigRuleArn: `arn:aws:config:eu-west-1:${ACCOUNT}:config-rule/${name}`, ConfigRuleState: state, Source: { Owner: "AWS", SourceIdentifier: identifier } });
  const remediation = (name: string, Automatic: boolean) => ({ ConfigRuleName: name, TargetType: "SSM_DOCUMENT", TargetId: "AWS-DisablePublicAccessForSecurityGroup", Automatic, Arn: `arn:aws:config:eu-west-1:${ACCOUNT}:remediation-configuration/${name}/x` });
  const config = (rules: object[], remediations: object[] = []): FakeData => ({ config: { rules: ok(rules), remediations: ok(remediations) } as FakeData["config"] });
  const arn = (name: string) => `arn:aws:config:eu-west-1:${ACCOUNT}:config-rule/${name}`;
  it.each([
    ["config.drift-detection", config([rule("drift", "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK")]), "pass", [arn("drift")]],
    ["config.drift-detection", config([rule("drift", "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK", "DELETING"), rule("ssl", "S3_BUCKET_SSL_REQUESTS_ONLY")]), "fail", []],
    ["config.tls-rules", config([rule("securityhub-s3-ssl", "S3_BUCKET_SSL_REQUESTS_ONLY")]), "pass", [arn("securityhub-s3-ssl")]],
    ["config.tls-rules", config([]), "fail", []],
    ["config.tls-rules", { config: { rules: denied("config:DescribeConfigRules") } }, "unknown", []],
    ["config.auto-remediation", config([rule("sg", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS")], [remediation("sg", true)]), "pass", [`arn:aws:config:eu-west-1:${ACCOUNT}:remediation-configuration/sg/x`]],
    ["config.auto-remediation", config([rule("sg", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS")], [remediation("sg", false)]), "fail", [`arn:aws:config:eu-west-1:${ACCOUNT}:remediation-configuration/sg/x`]],
    ["config.auto-remediation", config([]), "fail", []],
    ["config.auto-remediation", { config: { rules: ok([]), remediations: denied("config:DescribeRemediationConfigurations") } }, "unknown", []],
  ] as const)("%s -> %s (%#)", async (id, data, status, resources) => {
    const outcome = await runFake(CHECKS_BY_ID.get(id)!, data as FakeData);
    expect(outcome.status).toBe(status);
    expect(outcome.resources).toEqual(resources);
  });
});
