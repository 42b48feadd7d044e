import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../../src/errors.js";
import type { Evidence, Finding } from "../../src/model/evidence.js";
import { classifyError } from "../../src/verify/aws/classify.js";
import { readEvidenceFile } from "../../src/verify/evidence-file.js";
import { mergeEvidence } from "../../src/verify/merge.js";
import { actionMatches, coversAction, isAdminGrant, isPublicStatement, parsePolicy } from "../../src/verify/policy.js";
import { parseShard, selectAccounts } from "../../src/verify/scan/select.js";
import { CHECKS_BY_ID } from "../../src/verify/checks/index.js";
import type { CheckContext } from "../../src/verify/checks/define.js";
import type { OrgAccount } from "../../src/verify/scan/organization.js";

describe("policy reading", () => {
  it("recognises admin grants, guardrail denies and public resource policies", () => {
    const [admin] = parsePolicy(JSON.stringify({ Statement: { Effect: "Allow", Action: "*", Resource: "*" } }));
    expect(isAdminGrant(admin!)).toBe(true);
    // AWS URL-encodes policy documents in GetPolicyVersion.
    const [encoded] = parsePolicy(encodeURIComponent(JSON.stringify({ Statement: [{ Effect: "Deny", NotAction: ["iam:*"], Resource: "*" }] })));
    expect(coversAction(encoded!, "cloudtrail:StopLogging")).toBe(true);
    expect(coversAction(encoded!, "iam:CreateUser")).toBe(false);
    expect(actionMatches("guardduty:Delete*", "guardduty:DeleteDetector")).toBe(true);
    expect(actionMatches("guardduty:Delete*", "guardduty:CreateDetector")).toBe(false);
    const [open] = parsePolicy(JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "lambda:InvokeFunction", Resource: "*" }] }));
    const [narrow] = parsePolicy(JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "lambda:InvokeFunction", Condition: { ArnLike: { "AWS:SourceArn": "arn:aws:s3:::b" } } }] }));
    expect([isPublicStatement(open!), isPublicStatement(narrow!)]).toEqual([true, false]);
    expect(parsePolicy("not json")).toEqual([]);
  });
});

describe("error classification", () => {
  const err = (name: string, status?: number, message = "") => Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
  it("never turns a failure into anything but unknown or error, with the reason", () => {
    expect(classifyError(err("AccessDeniedException", 403, "User is not authorized"), "guardduty:ListDetectors")).toEqual({ status: "unknown", reason: "access denied to guardduty:ListDetectors: User is not authorized" });
    expect(classifyError(err("SyntaxError", 404), "x:ListY").reason).toMatch(/not available at this endpoint/);
    expect(classifyError(err("NotImplementedByEndpoint"), "x:ListY").status).toBe("unknown");
    expect(classifyError(err("ThrottlingException", 400), "kms:ListKeys")).toMatchObject({ status: "error", reason: expect.stringMatching(/throttled/) });
    expect(classifyError(err("TimeoutError"), "kms:ListKeys")).toMatchObject({ status: "error", reason: "kms:ListKeys: timed out" });
    expect(classifyError(err("UnrecognizedClientException", 400), "kms:ListKeys").reason).toMatch(/region not enabled/);
    expect(classifyError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }), "kms:ListKeys").status).toBe("error");
  });
});

const account = (id: string): OrgAccount => ({ id, name: id, status: "ACTIVE", parents: ["r-1"] });

describe("account selection and shards", () => {
  const all = ["333333333333", "111111111111", "555555555555", "222222222222", "444444444444"].map(account);
  it("splits the sorted accounts into disjoint shards whose union is the whole", () => {
    const shards = [1, 2, 3].map((index) => selectAccounts(all, { shard: { index, count: 3 }, orgListed: true }).map((a) => a.id));
    expect(shards).toEqual([["111111111111", "444444444444"], ["222222222222", "555555555555"], ["333333333333"]]);
    expect(shards.flat().sort()).toEqual(all.map((a) => a.id).sort());
  });
  it("validates --shard and --accounts", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/2", "3/2", "a/b", "1"]) expect(() => parseShard(bad)).toThrow(UserError);
    expect(() => selectAccounts(all, { accounts: ["999999999999"], orgListed: true })).toThrow(/999999999999 is not an account of this organization/);
    expect(selectAccounts([{ ...all[0]!, status: "SUSPENDED" }, all[1]!], { orgListed: true }).map((a) => a.id)).toEqual(["111111111111"]);
  });
});

const finding = (id: string, status: Finding["status"]): Finding => {
  const [checkId, accountId, region] = id.split("/") as [string, string, string];
  return { id, checkId, pillar: "identity", capability: "identity.authentication", severity: "high", accountId, region, status, resources: [], detail: status, calls: ["iam:GetCredentialReport"], remediation: { doc: "https://docs.aws.amazon.com/", text: "fix" } };
};
const evidence = (over: Partial<Evidence>): Evidence => ({
  schemaVersion: 1,
  tool: { name: "create-zero-trust", version: "1" },
  generatedAt: "2026-11-01T00:00:00.000Z",
  caller: { accountId: "111111111111", arn: "arn:aws:iam::111111111111:user/a" },
  organization: { id: "o-abc", managementAccountId: "111111111111" },
  regions: ["eu-west-1"],
  accounts: [],
  findings: [],
  ...over,
});

describe("merging shard outputs", () => {
  it("dedupes accounts and findings, preferring scanned accounts and evaluated findings", () => {
    const a = evidence({ accounts: [{ id: "1", name: "a", status: "failed", error: "x" }], findings: [finding("iam.root-mfa/1/global", "error")] });
    const b = evidence({ generatedAt: "2026-11-01T00:00:01.000Z", regions: ["eu-central-1"], accounts: [{ id: "1", name: "a", status: "scanned" }, { id: "2", name: "b", status: "scanned" }], findings: [finding("iam.root-mfa/1/global", "fail"), finding("iam.root-mfa/2/global", "pass")] });
    const merged = mergeEvidence([{ file: "b.json", evidence: b }, { file: "a.json", evidence: a }]);
    expect(merged.accounts.map((x) => `${x.id}:${x.status}`)).toEqual(["1:scanned", "2:scanned"]);
    expect(merged.findings.map((f) => `${f.id}:${f.status}`)).toEqual(["iam.root-mfa/1/global:fail", "iam.root-mfa/2/global:pass"]);
    expect(merged.regions).toEqual(["eu-central-1", "eu-west-1"]);
  });
  it("says which shards are missing, so a lost runner cannot pass for the whole organization", () => {
    const shard = (index: number, count = 3) => ({ file: `s${index}.json`, evidence: evidence({ shard: { index, count } }) });
    expect(mergeEvidence([shard(1), shard(2), shard(3)]).incomplete).toBeUndefined();
    expect(mergeEvidence([shard(1), shard(3)]).incomplete).toEqual(["shard 2 of 3 missing: the accounts in it were not scanned"]);
    expect(mergeEvidence([shard(2)]).incomplete).toEqual(["shards 1, 3 of 3 missing: the accounts in them were not scanned"]);
    expect(mergeEvidence([shard(1, 2), shard(2)]).incomplete?.[0]).toMatch(/different splits of the accounts \(2 shards, 3 shards\)/);
    expect(mergeEvidence([shard(1, 1), { file: "all.json", evidence: evidence({}) }]).incomplete?.[0]).toMatch(/and unsharded/);
  });
  it("refuses files from different organizations, naming them", () => {
    expect(() => mergeEvidence([{ file: "a.json", evidence: evidence({}) }, { file: "b.json", evidence: evidence({ organization: { id: "o-other", managementAccountId: "2" } }) }])).toThrow(/b\.json: organization o-other/);
  });
});

describe("evidence files", () => {
  it("reads valid evidence back and names file, line and path of a bad one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "czt-evidence-"));
    const good = join(dir, "good.json");
    await writeFile(good, JSON.stringify(evidence({ findings: [finding("iam.root-mfa/1/global", "pass")] }), null, 2));
    expect((await readEvidenceFile(good)).findings).toHaveLength(1);
    const bad = join(dir, "bad.json");
    const broken = evidence({ findings: [{ ...finding("iam.root-mfa/1/global", "pass"), status: "maybe" as never }] });
    await writeFile(bad, JSON.stringify(broken, null, 2));
    await expect(readEvidenceFile(bad)).rejects.toThrow(/bad\.json:\d+:\d+: findings\[0\]\.status: expected one of pass, fail, not-applicable, unknown, error/);
    await expect(readEvidenceFile(join(dir, "missing.json"))).rejects.toThrow(/evidence file .*missing\.json does not exist/);
  });
});

describe("root user checks (moto has no root row, so their logic is exercised here)", () => {
  const ctx = (rows: Record<string, string>[]): CheckContext =>
    ({ accountId: "111111111111", region: "global", homeRegion: "eu-west-1", regions: ["eu-west-1"], now: new Date(), org: {} as never, data: async () => ({ credentialReport: { ok: true, calls: [], value: rows } }) as never, need: (g: { ok: boolean; value?: unknown }) => g.value as never, read: () => {} }) as CheckContext;
  const root = (mfa: string, key: string) => ({ user: "<root_account>", arn: "arn:aws:iam::111111111111:root", mfa_active: mfa, access_key_1_active: key, access_key_2_active: "false" });
  it("fails without root MFA or with root keys, passes otherwise", async () => {
    const mfa = CHECKS_BY_ID.get("iam.root-mfa")!;
    const keys = CHECKS_BY_ID.get("iam.root-access-keys")!;
    expect((await mfa.run(ctx([root("true", "false")]))).status).toBe("pass");
    expect((await mfa.run(ctx([root("false", "false")]))).status).toBe("fail");
    expect((await keys.run(ctx([root("true", "true")]))).detail).toBe("The root user of 111111111111 has 1 active access key");
    expect((await keys.run(ctx([root("true", "false")]))).status).toBe("pass");
    expect((await keys.run(ctx([]))).status).toBe("unknown");
  });
});

describe("credential probe", () => {
  it("answers yes for keys in the environment and no, within the timeout, for a profile that does not exist", async () => {
    const { hasCredentials } = await import("../../src/verify/index.js");
    expect(await hasCredentials({ AWS_ACCESS_KEY_ID: "AKIAEXAMPLE", AWS_SECRET_ACCESS_KEY: "secret" })).toBe(true);
    expect(await hasCredentials({}, { profile: "czt-no-such-profile", timeoutMs: 3000 })).toBe(false);
  });
});
