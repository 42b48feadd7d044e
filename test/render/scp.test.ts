import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCP_MAX_CHARS, attachmentsJson, buildScps, parseScpData } from "../../src/render/scp/build.js";
import { ROOT, org } from "../helpers/render-profiles.js";
import { scpGrammar } from "../helpers/validators/scp-grammar.js";

const FILE = join(ROOT, "templates", "scp-guardrails", "statements.yaml");
const data = async () => parseScpData(FILE, await readFile(FILE, "utf8"));
const files = (plan: ReturnType<typeof buildScps>) =>
  new Map<string, string>([...plan.policies.map((p) => [p.file, `${p.text}\n`] as [string, string]), ["policies/scp/attachments.json", attachmentsJson(plan)]]);

describe("service control policies", () => {
  it("covers the canonical guardrails and passes the policy grammar check", async () => {
    const plan = buildScps(await data(), org());
    const sids = plan.policies.flatMap((p) => p.sids);
    for (const sid of ["DenyLeaveOrganization", "DenyRootUser", "DenyRegionsNotInUse", "ProtectExemptRoles", "ProtectGuardDuty", "ProtectCloudTrail", "ProtectConfig", "ProtectSecurityHub", "ProtectAccessAnalyzer", "ProtectMacie", "RequireImdsV2", "DenyDisableEbsDefaultEncryption", "ProtectS3BlockPublicAccess", "DenyIamUsers", "DenyAllSuspended"])
      expect(sids).toContain(sid);
    const result = await scpGrammar(files(plan));
    expect(result.problems).toEqual([]);
    expect(result.checked).toBe(plan.policies.length);
  });

  it("exempts global services, the break-glass role and the pipeline from the region deny", async () => {
    const plan = buildScps(await data(), org({ regions: ["eu-west-1", "eu-central-1"] }));
    const region = plan.policies.map((p) => JSON.parse(p.text)).flatMap((d) => d.Statement).find((s: { Sid: string }) => s.Sid === "DenyRegionsNotInUse");
    expect(region.NotAction).toEqual(expect.arrayContaining(["iam:*", "organizations:*", "sts:*", "route53:*", "cloudfront:*", "support:*", "budgets:*"]));
    expect(region.Condition.StringNotEquals["aws:RequestedRegion"]).toEqual(["eu-central-1", "eu-west-1"]);
    expect(region.Condition.ArnNotLike["aws:PrincipalARN"]).toEqual(["arn:aws:iam::*:role/ZeroTrustBreakGlass", "arn:aws:iam::*:role/ZeroTrustPipelineDeploy"]);
  });

  it("lets only the pipeline create or change the roles it exempts", async () => {
    const plan = buildScps(await data(), org());
    const protect = plan.policies.map((p) => JSON.parse(p.text)).flatMap((d) => d.Statement).find((s: { Sid: string }) => s.Sid === "ProtectExemptRoles");
    expect(protect.Action).toEqual(expect.arrayContaining(["iam:CreateRole", "iam:UpdateAssumeRolePolicy", "iam:AttachRolePolicy", "iam:PutRolePolicy"]));
    expect(protect.Resource).toEqual(expect.arrayContaining(["arn:aws:iam::*:role/ZeroTrustBreakGlass", "arn:aws:iam::*:role/ZeroTrustPipelineDeploy", "arn:aws:iam::*:role/zero-trust-*"]));
    expect(protect.Condition.ArnNotLike["aws:PrincipalARN"]).toEqual(["arn:aws:iam::*:role/ZeroTrustPipelineDeploy", "arn:aws:iam::*:role/stacksets-exec-*"]);
    // No exemption names a role nobody creates.
    expect(plan.policies.map((p) => p.text).join("")).not.toContain("ZeroTrustSecurityAdmin");
  });

  it("exempts AWSControlTowerExecution under Control Tower, so the landing zone keeps managing its trail and recorder", async () => {
    const statements = (plan: ReturnType<typeof buildScps>) => plan.policies.flatMap((p) => JSON.parse(p.text).Statement as { Sid: string; Condition?: Record<string, Record<string, unknown>> }[]);
    const exempt = (s: { Condition?: Record<string, Record<string, unknown>> }) => [s.Condition?.ArnNotLike?.["aws:PrincipalARN"] ?? []].flat();
    const ct = statements(buildScps(await data(), org(), { controlTower: true }));
    for (const sid of ["DenyRegionsNotInUse", "ProtectCloudTrail", "ProtectConfig"]) expect(exempt(ct.find((s) => s.Sid === sid)!), sid).toContain("arn:aws:iam::*:role/AWSControlTowerExecution");
    const plain = statements(buildScps(await data(), org()));
    expect(plain.flatMap(exempt)).not.toContain("arn:aws:iam::*:role/AWSControlTowerExecution");
    expect((await scpGrammar(files(buildScps(await data(), org(), { controlTower: true })))).problems).toEqual([]);
  });

  it("packs into as few policies as fit, each minified within 5,120 characters, and splits when needed", async () => {
    const base = await data();
    const one = buildScps(base, org());
    expect(one.policies.filter((p) => p.targets.includes("workloads_prod"))).toHaveLength(1);
    // Twenty regions and twice the statements: still valid, split across policies within the limit.
    const doubled = { ...base, statements: [...base.statements, ...base.statements.filter((s) => !s.ous).map((s) => ({ ...s, sid: `${s.sid}Copy` }))] };
    const many = buildScps(doubled, org({ regions: ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-southeast-1"] }));
    const active = many.policies.filter((p) => p.targets.includes("workloads_prod"));
    expect(active.length).toBeGreaterThan(1);
    for (const p of many.policies) expect(p.text.length + 1).toBeLessThanOrEqual(SCP_MAX_CHARS);
    expect((await scpGrammar(files(many))).problems).toEqual([]);
  });

  it("refuses a plan that would need more than four policies on one OU (FullAWSAccess takes the fifth)", async () => {
    const base = await data();
    const huge = { ...base, statements: Array.from({ length: 30 }, (_, i) => ({ ...base.statements.find((s) => s.sid === "DenyRegionsNotInUse")!, sid: `Region${i}` })) };
    expect(() => buildScps(huge, org())).toThrow(/more than 4 SCPs on Security/);
  });

  it("names the file and line of an invalid statement file", () => {
    expect(() => parseScpData("s.yaml", "principals: { breakGlass: a, pipeline: c }\nous: [{ key: a, title: A, description: d }]\nstatements:\n  - sid: X\n    title: t\n    statement: { Effect: Allow, Action: '*', Resource: '*' }\n")).toThrow(
      /s\.yaml:6:\d+: statements\[0\]\.statement\.Effect: expected Deny/,
    );
  });
});
