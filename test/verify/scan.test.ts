import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Evidence, FindingStatus } from "../../src/model/evidence.js";
import { loadCheckCatalog } from "../../src/verify/catalog.js";
import { evidenceSchema } from "../../src/verify/evidence-file.js";
import { runVerification } from "../../src/verify/index.js";
import { startMoto, useMotoEnv, type Moto, type RecordedRequest } from "../helpers/moto.js";
import { CATALOG_PATHS, LATER, QUESTIONNAIRES_DIR, REGIONS, seedOrg, type SeededOrg } from "./org.js";
import { htmlPage, injectFaults, jsonError, queryError } from "./faults.js";

/**
 * Checks moto 5.2.1 cannot evaluate both ways (see ../shared/MOTO.md): they must never pass where
 * moto cannot show a passing state, and must show exactly these statuses.
 */
const MOTO_LIMITS: Record<string, { statuses: FindingStatus[]; why: string }> = {
  "iam.root-mfa": { statuses: ["unknown"], why: "moto's credential report has no <root_account> row" },
  "iam.root-access-keys": { statuses: ["unknown"], why: "moto's credential report has no <root_account> row" },
  "ec2.client-vpn": { statuses: ["unknown"], why: "DescribeClientVpnEndpoints is not implemented" },
  "ec2.snapshot-block-public-access": { statuses: ["unknown"], why: "GetSnapshotBlockPublicAccessState is not implemented" },
  "route53resolver.dns-firewall": { statuses: ["unknown"], why: "ListFirewallRuleGroupAssociations is not implemented" },
  "macie.enabled": { statuses: ["not-applicable", "unknown"], why: "GetMacieSession answers dates the SDK cannot parse, and 404 HTML once disabled" },
  "shield.advanced": { statuses: ["fail", "not-applicable", "unknown"], why: "DescribeSubscription answers a shape the SDK cannot parse once subscribed" },
  "sso.identity-center-instance": { statuses: ["pass"], why: "moto creates an Identity Center instance on first ListInstances" },
  "cloudfront.viewer-https": { statuses: ["not-applicable", "unknown"], why: "ListDistributions summaries lack cache behaviors, certificate and web ACL" },
  "cloudfront.tls-minimum": { statuses: ["not-applicable", "unknown"], why: "ListDistributions summaries lack cache behaviors, certificate and web ACL" },
  "cloudfront.waf": { statuses: ["not-applicable", "unknown"], why: "ListDistributions summaries lack cache behaviors, certificate and web ACL" },
  "lambda.function-url-auth": { statuses: ["not-applicable", "pass"], why: "AddPermission drops FunctionUrlAuthType, so no seeded function URL is open (the statement it keeps is lambda.public-policy's fail)" },
  "codebuild.source-credentials": { statuses: ["not-applicable", "unknown"], why: "ListSourceCredentials is not implemented (asked only where projects exist)" },
  "backup.plans": { statuses: ["fail", "not-applicable", "unknown"], why: "ListBackupSelections is not implemented (asked only where plans exist)" },
  "backup.vault-lock": { statuses: ["not-applicable"], why: "moto's vaults never hold recovery points" },
  "resourceexplorer.aggregator-index": { statuses: ["unknown"], why: "Resource Explorer is not implemented" },
  "config.auto-remediation": { statuses: ["not-applicable", "unknown"], why: "DescribeRemediationConfigurations is not implemented (asked only where rules exist)" },
  "config.central-rules": { statuses: ["fail", "not-applicable"], why: "PutConfigRule refuses CreatedBy and organization rules never reach members, so no rule is centrally deployed" },
  "cloudformation.drift-checked": { statuses: ["fail", "not-applicable"], why: "moto has no drift detection: every stack stays NOT_CHECKED" },
  "cloudformation.no-drift": { statuses: ["not-applicable"], why: "moto has no drift detection: no stack has a drift result" },
  "detective.graph": { statuses: ["unknown"], why: "moto has no Detective backend" },
  "org.ou-structure": { statuses: ["not-applicable", "pass"], why: "the seeded organizations keep every member in an OU (an account under the root would change the SCP scenario)" },
  "securityhub.org-admin": { statuses: ["fail"], why: "RegisterDelegatedAdministrator refuses securityhub.amazonaws.com" },
  "securityhub.finding-aggregation": { statuses: ["unknown"], why: "ListFindingAggregators is not implemented" },
  "securityhub.standards": { statuses: ["not-applicable", "unknown"], why: "GetEnabledStandards is not implemented (asked only where the hub is enabled)" },
  "securitylake.data-lake": { statuses: ["unknown"], why: "moto has no Security Lake backend" },
  "securitylake.log-sources": { statuses: ["unknown"], why: "moto has no Security Lake backend" },
  // Their only passes here were vacuous (nothing in scope), now not-applicable; no seeded resource passes them yet.
  "s3.bucket-encryption": { statuses: ["fail", "not-applicable"], why: "no seeded account has only KMS-encrypted buckets yet (to seed)" },
  "workspaces.managed-desktops": { statuses: ["fail", "not-applicable"], why: "no seeded account has only encrypted WorkSpaces yet (to seed)" },
  "iam.console-users-without-mfa": { statuses: ["fail", "not-applicable"], why: "no seeded console user has an MFA device yet (to seed)" },
  "iam.access-keys-rotated": { statuses: ["fail", "not-applicable"], why: "the scan clock runs 200 days ahead, so every seeded key is stale" },
  "iam.stale-passwords": { statuses: ["fail", "not-applicable"], why: "the scan clock runs 200 days ahead, so every seeded password is stale" },
  "iam.unused-roles": { statuses: ["fail", "not-applicable"], why: "the scan clock runs 200 days ahead, so every seeded role is idle" },
  "iam.root-hardware-mfa": { statuses: ["unknown"], why: "moto's credential report has no <root_account> row" },
  "accessanalyzer.external-access": { statuses: ["unknown"], why: "moto has no Access Analyzer backend" },
  "accessanalyzer.unused-access": { statuses: ["unknown"], why: "moto has no Access Analyzer backend" },
  "ssm.managed-instances": { statuses: ["not-applicable", "unknown"], why: "DescribeInstanceInformation is not implemented (asked only where instances run)" },
  "ssm.patch-reporting": { statuses: ["not-applicable", "unknown"], why: "ListResourceComplianceSummaries is not implemented (asked only where instances run)" },
  "ssm.patch-compliance": { statuses: ["not-applicable", "unknown"], why: "ListResourceComplianceSummaries is not implemented (asked only where instances run)" },
  "ec2.allowed-amis": { statuses: ["not-applicable", "unknown"], why: "GetAllowedImagesSettings is not implemented (asked only where instances run)" },
  "ec2.imdsv2-default": { statuses: ["not-applicable", "unknown"], why: "GetInstanceMetadataDefaults is not implemented (asked only where instances run)" },
  "ec2.verified-access-device-trust": { statuses: ["unknown"], why: "DescribeVerifiedAccessInstances is not implemented" },
};

const READ_ONLY = /^(List|Describe|Get|BatchGet|GenerateCredentialReport)[A-Za-z0-9]*$/;
const STS_ALLOWED = new Set(["AssumeRole", "GetCallerIdentity"]);

/** The API action of a recorded request: Action= (query), X-Amz-Target (JSON), or the REST route. */
function actionOf(r: RecordedRequest): string {
  const header = (name: string) => Object.entries(r.headers).find(([k]) => k.toLowerCase() === name)?.[1];
  const target = header("x-amz-target");
  if (target) return target.split(".").pop()!;
  const action = /(?:^|&)Action=([A-Za-z0-9]+)/.exec(r.body)?.[1] ?? new URL(r.url).searchParams.get("Action");
  if (action) return action;
  // REST services: reads are GET/HEAD; the few POST reads are named here explicitly.
  const path = new URL(r.url).pathname;
  if (r.method === "GET" || r.method === "HEAD") return `Get(${path})`;
  const postReads: Record<string, string> = { "/GetDataLakeSettings": "GetDataLakeSettings", "/status/batch/get": "BatchGetAccountStatus", "/graphs/list": "ListGraphs", "/standards/get": "GetEnabledStandards", "/v1/datalake/logsources/list": "ListLogSources" };
  return postReads[path] ?? `${r.method} ${path}`;
}

let moto: Moto;
let restoreEnv: () => void;

beforeAll(async () => {
  moto = await startMoto();
  restoreEnv = useMotoEnv(moto);
});
afterAll(async () => {
  restoreEnv?.();
  await moto?.stop();
});

const scan = (extra: Partial<Parameters<typeof runVerification>[0]> = {}) =>
  runVerification({ paths: CATALOG_PATHS, toolVersion: "test", env: process.env, regions: REGIONS, now: LATER(), ...extra });

// Coverage scans use one region (the seeded one); the fault test scans two.
// The tests run in order and share seeded states (seeding and scanning moto dominate the run time):
// the gap organization first (coverage, faults, CLI), then the good one (coverage, reconciliation),
// then a consolidated-billing one. Each scenario starts from a reset server.
const catalogPromise = loadCheckCatalog(CATALOG_PATHS);
const statuses = new Map<string, Set<FindingStatus>>();
const recorded: RecordedRequest[] = [];
const undeclared: string[] = [];
let gapOrg: SeededOrg;
let goodOrg: SeededOrg;
let goodEvidence: Evidence;

/** Seeds a scenario on a reset server, scans it while moto records every request, and checks the evidence's invariants. */
async function recordedScan(scenario: "good-org" | "gap-org" | "billing", regions = ["eu-west-1"]) {
  const catalog = await catalogPromise;
  await moto.reset();
  const org = await seedOrg(moto, scenario);
  await moto.startRecording();
  const evidence = await scan({ regions });
  recorded.push(...(await moto.stopRecording()));
  expect(evidenceSchema.parse(evidence)).toEqual(evidence);
  expect(evidence.accounts.map((a) => a.id).sort()).toEqual([org.management, ...org.members].sort());
  const ids = evidence.findings.map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const f of evidence.findings) {
    if (!statuses.has(f.checkId)) statuses.set(f.checkId, new Set());
    statuses.get(f.checkId)!.add(f.status);
    expect(f.id).toBe(`${f.checkId}/${f.accountId}/${f.region}`);
    expect(f.capability.startsWith(`${f.pillar}.`)).toBe(true);
    // A pass names what it evaluated; the scanner turns one that names nothing into an error.
    if (f.status === "pass") expect(f.resources.length, `${f.id}: ${f.detail}`).toBeGreaterThan(0);
    expect(f.detail, f.id).not.toMatch(/without evaluated resources/);
    // A finding cites only calls its catalog entry declares.
    for (const call of f.calls) if (!catalog.get(f.checkId)!.calls.includes(call) && call !== "sts:AssumeRole") undeclared.push(`${f.checkId}: ${call}`);
  }
  // Credentials never end up in evidence: neither the caller's keys nor moto's session tokens.
  const text = JSON.stringify(evidence);
  expect(text).not.toContain(process.env.AWS_SECRET_ACCESS_KEY!);
  expect(text).not.toMatch(/FQoGZXIvYXdzE|ASIA[A-Z0-9]{16}/);
  return { org, evidence };
}

describe("verify against moto", () => {
  it("finds the gaps of a badly configured organization", { timeout: 120_000 }, async () => {
    const { org, evidence } = await recordedScan("gap-org");
    gapOrg = org;
    const detail = evidence.findings.find((f) => f.checkId === "iam.console-users-without-mfa" && f.status === "fail")!.detail;
    expect(detail).toBe(`1 IAM user in ${org.gap} has a console password and no MFA device: alice`);
    expect(evidence.findings.find((f) => f.checkId === "org.scp-deny-leave-org")!.detail).toMatch(/not attached above 1 member account: \d{12} \(Root\/Security\)/);
  });

  it("keeps scanning through access denied, throttling, an unassumable account and an unimplemented API", { timeout: 120_000 }, async () => {
    const org = gapOrg;
    const faults = injectFaults([
      { service: "sts", command: "AssumeRoleCommand", match: (i) => String(i.RoleArn).includes(org.spare), respond: queryError(403, "AccessDenied", "not authorized to perform: sts:AssumeRole") },
      { service: "guardduty", command: "ListDetectorsCommand", accountId: org.gap, region: "eu-west-1", respond: jsonError(403, "AccessDeniedException", "not authorized to perform: guardduty:ListDetectors") },
      { service: "kms", command: "ListKeysCommand", accountId: org.gap, region: "eu-west-1", times: 2, respond: jsonError(400, "ThrottlingException", "Rate exceeded") },
      { service: "ec2", command: "GetEbsEncryptionByDefaultCommand", accountId: org.management, region: "eu-central-1", respond: htmlPage(501) },
      { service: "iam", command: "GetCredentialReportCommand", accountId: org.gap, times: 1, respond: queryError(404, "ReportInProgress", "Report is being generated") },
    ]);
    const evidence = await scan({ onClient: faults.hook, regions: REGIONS });
    const find = (id: string) => evidence.findings.find((f) => f.id === id)!;

    const spare = evidence.accounts.find((a) => a.id === org.spare)!;
    expect(spare.status).toBe("failed");
    expect(spare.error).toMatch(/cannot assume arn:aws:iam::\d{12}:role\/OrganizationAccountAccessRole: access denied/);
    const spareFindings = evidence.findings.filter((f) => f.accountId === org.spare);
    expect(spareFindings.length).toBeGreaterThan(40);
    expect(new Set(spareFindings.map((f) => f.status))).toEqual(new Set(["error"]));

    expect(find(`guardduty.enabled/${org.gap}/eu-west-1`)).toMatchObject({ status: "unknown", detail: expect.stringMatching(/access denied to guardduty:ListDetectors/) });
    expect(find(`guardduty.enabled/${org.gap}/eu-central-1`).status).toBe("fail");

    expect(faults.hits[2]).toBe(2); // throttled twice, then the SDK's retry got through
    expect(find(`kms.key-rotation/${org.gap}/eu-west-1`)).toMatchObject({ status: "fail" });

    expect(find(`ec2.ebs-default-encryption/${org.management}/eu-central-1`)).toMatchObject({ status: "unknown", detail: expect.stringMatching(/not available at this endpoint/) });
    expect(find(`ec2.ebs-default-encryption/${org.management}/eu-west-1`).status).toBe("fail");
    expect(find(`ssm.patch-baselines/${org.management}/eu-west-1`).status).toBe("not-applicable"); // no instances to patch

    expect(faults.hits[4]).toBe(1); // the credential report was still being generated: asked again
    expect(find(`iam.console-users-without-mfa/${org.gap}/global`)).toMatchObject({ status: "fail", detail: expect.stringMatching(/alice/) });

    // The rest of the organization was scanned normally.
    expect(evidence.accounts.filter((a) => a.status === "scanned")).toHaveLength(3);
    expect(evidence.findings.some((f) => f.checkId === "org.all-features" && f.status === "pass")).toBe(true);
  });
  it("prints evidence JSON, writes SARIF and OCSF, and shards merge back into the whole scan", { timeout: 120_000 }, async () => {
    const { runCli } = await import("../helpers/run-cli.js");
    const { mkdtemp, readFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = await mkdtemp(join(tmpdir(), "czt-verify-"));
    const cli = (...args: string[]) => runCli(["verify", "--regions", "eu-west-1", ...args], { cwd: dir, env: process.env });

    const full = await cli("--json", "--output", "scan.sarif", "--format", "sarif");
    expect(full.code, full.stderr).toBe(2);
    const evidence = evidenceSchema.parse(JSON.parse(full.stdout));
    expect(full.stderr).toMatch(/verify: \[4\/4\] \d{12} /);
    expect(full.stderr).toMatch(/identity\s+\d+\s+\d+\s+\d+/);
    const sarif = JSON.parse(await readFile(join(dir, "scan.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(56);
    expect(sarif.runs[0].results.filter((r: { level: string }) => r.level !== "note").length).toBeGreaterThan(0);
    expect(sarif.runs[0].results.length).toBe(evidence.findings.filter((f) => f.status !== "pass").length);

    const ocsf = await cli("--output", "scan.ocsf.json", "--format", "ocsf", "--accounts", evidence.caller.accountId);
    const records = JSON.parse(await readFile(join(dir, "scan.ocsf.json"), "utf8"));
    expect(ocsf.stdout).toMatch(/Scanned 1\/1 account/);
    expect(records[0]).toMatchObject({ class_uid: 2003, type_uid: 200301, cloud: { provider: "AWS", account: { uid: evidence.caller.accountId } } });

    const one = await cli("--shard", "1/2", "--output", "one.json");
    const two = await cli("--shard", "2/2", "--output", "two.json");
    expect([one.code, two.code]).toEqual([2, 2]);
    const merged = await runCli(["verify", "merge", "one.json", "two.json", "--output", "merged.json"], { cwd: dir, env: process.env });
    expect(merged.code).toBe(2);
    const all = evidenceSchema.parse(JSON.parse(await readFile(join(dir, "merged.json"), "utf8")));
    const shardOne = evidenceSchema.parse(JSON.parse(await readFile(join(dir, "one.json"), "utf8")));
    expect(shardOne.accounts.length).toBe(2);
    expect(all.accounts.map((a) => a.id)).toEqual(evidence.accounts.map((a) => a.id));
    expect(all.findings.map((f) => f.id)).toEqual(evidence.findings.map((f) => f.id));

    const bad = await cli("--shard", "3/2");
    expect(bad).toMatchObject({ code: 1, stderr: expect.stringMatching(/--shard 3\/2: expected I\/N/) });
  });

  it("sees the well configured organization pass", { timeout: 120_000 }, async () => {
    const { org, evidence } = await recordedScan("good-org");
    goodOrg = org;
    goodEvidence = evidence;
    expect(evidence.findings.find((f) => f.checkId === "org.scp-deny-root")!.status).toBe("pass");
    // Checks moto can never pass (MOTO_LIMITS without a pass) may fail even in the good account.
    const passable = (id: string) => !MOTO_LIMITS[id] || MOTO_LIMITS[id].statuses.includes("pass");
    expect(evidence.findings.filter((f) => f.accountId === org.good && f.region === "eu-west-1" && f.status === "fail" && passable(f.checkId)).map((f) => f.checkId)).toEqual([]);
  });

  it("contradicts an overstated answer with the failing finding and flags an understated one", async () => {
    const { assess } = await import("../../src/assessment/score.js");
    const { loadQuestionnaire } = await import("../../src/questionnaire/load.js");
    const questionnaire = await loadQuestionnaire(QUESTIONNAIRES_DIR);
    const org = goodOrg;
    const evidence = goodEvidence;
    const answers = { schemaVersion: 1 as const, organization: { name: "Acme" }, answers: { "identity.mfa": "phishing-resistant", "monitoring.guardduty": "disabled" } };
    const question = (a: ReturnType<typeof assess>, id: string) => a.pillars.flatMap((p) => p.capabilities.flatMap((c) => c.questions)).find((q) => q.id === id)!;

    const overstated = question(assess({ questionnaire, answers, organization: "Acme", evidence }), "identity.mfa");
    expect(overstated).toMatchObject({ status: "contradicted", answeredStage: "optimal", verifiedStage: "initial" });
    expect(overstated.explanation).toMatch(new RegExp(`1 IAM user in ${org.gap} has a console password and no MFA device: alice`));

    // GuardDuty runs in the security account's region and is administered for the org: "disabled" undersells it.
    const secured = { ...evidence, findings: evidence.findings.filter((f) => (f.accountId === org.good || f.checkId === "guardduty.org-admin") && f.region !== "eu-central-1") };
    const understated = question(assess({ questionnaire, answers, organization: "Acme", evidence: secured }), "monitoring.guardduty");
    // Evidence never raises an answer: it is a hint on an unverified answer.
    expect(understated).toMatchObject({ status: "unverified", answeredStage: "traditional", understated: true, suggestedStage: "advanced" });
  });

  it("asks each account and region for each answer once, account-wide services once per account, org answers only where org checks look", { timeout: 120_000 }, async () => {
    const org = goodOrg;
    // Commands as the checks issue them (the initialize step runs once per command, before retries).
    const sent: { key: string; service: string; command: string; accountId: string; region: string }[] = [];
    const count: Parameters<typeof runVerification>[0]["onClient"] = (client, info) => {
      const middleware = (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { input?: unknown }) => {
        const command = (context.commandName ?? "").replace(/Command$/, "");
        sent.push({ key: `${info.service}:${command} ${info.accountId} ${info.region} ${JSON.stringify(args.input)}`, service: info.service, command, accountId: info.accountId, region: info.region });
        return next(args);
      };
      (client.middlewareStack.add as unknown as (m: unknown, o: unknown) => void)(middleware, { step: "initialize", priority: "high", name: "count" });
    };
    const evidence = await scan({ onClient: count, regions: REGIONS });
    expect(evidence.accounts.filter((a) => a.status === "scanned")).toHaveLength(4);

    const times = new Map<string, number>();
    for (const s of sent) times.set(s.key, (times.get(s.key) ?? 0) + 1);
    // Nothing is asked twice in one account and region (only a credential report still being generated is asked for again).
    expect([...times].filter(([key, n]) => n > 1 && !key.startsWith("iam:GetCredentialReport "))).toEqual([]);

    // Account-wide services are asked in one region per account, not in every scanned region.
    const accountWide = /^(iam:|s3:ListBuckets|s3control:|shield:|cloudtrail:DescribeTrails)/;
    const regionsOf = new Map<string, Set<string>>();
    for (const s of sent.filter((x) => accountWide.test(`${x.service}:${x.command}`))) {
      const k = `${s.service}:${s.command} ${s.accountId}`;
      regionsOf.set(k, (regionsOf.get(k) ?? new Set()).add(s.region));
    }
    expect(regionsOf.size).toBeGreaterThan(20);
    expect([...regionsOf].filter(([, r]) => r.size > 1).map(([k]) => k)).toEqual([]);

    // Organization-level answers come from the accounts the org checks read (management, Config's delegated admin), not every member.
    const askedIn = (service: string, command: string) => new Set(sent.filter((s) => s.service === service && s.command === command).map((s) => s.accountId));
    expect(askedIn("guardduty", "ListOrganizationAdminAccounts")).toEqual(new Set([org.management]));
    expect(askedIn("config", "DescribeConfigurationAggregators")).toEqual(new Set([org.management, org.good]));
    // A trail's status is one fact, read once per scan however many accounts see the trail (the organization trail: all of them).
    const statusOf = sent.filter((s) => s.command === "GetTrailStatus").map((s) => s.key.split(" ").pop()!);
    expect(statusOf).toContain(JSON.stringify({ Name: `arn:aws:cloudtrail:eu-west-1:${org.management}:trail/org-trail` }));
    expect(statusOf.length).toBe(new Set(statusOf).size);
  });

  it("reports a consolidated-billing organization, then every check was seen both ways, read-only", { timeout: 60_000 }, async () => {
    const { evidence } = await recordedScan("billing");
    expect(evidence.findings.find((f) => f.checkId === "org.all-features")).toMatchObject({ status: "fail", detail: expect.stringMatching(/feature set CONSOLIDATED_BILLING/) });

    // Both directions for every check, except what moto cannot show (and those never pass falsely).
    // Listed all at once, so one run shows every check whose coverage moved.
    const uncovered: string[] = [];
    for (const id of (await catalogPromise).keys()) {
      const seen = [...(statuses.get(id) ?? [])].sort();
      const limit = MOTO_LIMITS[id];
      const ok = limit ? seen.join() === [...limit.statuses].sort().join() : seen.includes("fail") && seen.includes("pass");
      if (!ok || seen.includes("error")) uncovered.push(`${id}: seen ${seen.join(", ")}${limit ? ` (${limit.why})` : ""}`);
    }
    expect(uncovered).toEqual([]);
    expect([...new Set(undeclared)]).toEqual([]);

    // Every request moto received during the recorded scans was read-only.
    expect(recorded.length).toBeGreaterThan(400); // the three scans, whole (about 490 requests)
    const offending = recorded.map(actionOf).filter((a) => !READ_ONLY.test(a) && !STS_ALLOWED.has(a) && !a.startsWith("Get("));
    expect(offending).toEqual([]);
  });

  it("confirms no all-optimal answer with evidence from empty accounts, where no pass names nothing and controls with nothing to protect are not-applicable", { timeout: 120_000 }, async () => {
    const { assess } = await import("../../src/assessment/score.js");
    const { loadQuestionnaire } = await import("../../src/questionnaire/load.js");
    const { dropHidden } = await import("../../src/questionnaire/answers.js");
    await moto.reset();
    const org = await seedOrg(moto, "bench", 2);
    await moto.startRecording();
    const evidence = await scan({ regions: ["eu-west-1"] });
    const requests = await moto.stopRecording();
    for (const f of evidence.findings) if (f.status === "pass") expect(f.resources.length, `${f.id}: ${f.detail}`).toBeGreaterThan(0);
    expect(evidence.findings.filter((f) => /without evaluated resources/.test(f.detail)).map((f) => f.id)).toEqual([]);

    // Controls with nothing to protect neither pass nor fail anywhere in an organization of empty accounts,
    // and the services that matter only with something to protect are not asked at all.
    const protective = ["ec2.vpc-endpoints", "iam.saml-oidc-providers", "shield.advanced", "guardduty.s3-protection", "guardduty.eks-audit-logs", "guardduty.runtime-monitoring", "macie.enabled", "lakeformation.settings", "inspector2.enabled", "inspector2.ecr-ec2-coverage", "inspector2.lambda-code-scanning", "backup.plans", "kms.customer-keys", "acmpca.private-ca", "networkfirewall.firewalls", "wafv2.web-acls", "ssm.patch-baselines", "ec2.public-ebs-snapshots"];
    expect(evidence.findings.filter((f) => protective.includes(f.checkId) && f.status !== "not-applicable").map((f) => `${f.id}: ${f.detail}`)).toEqual([]);
    const signedFor = (r: RecordedRequest) => /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\//.exec(Object.entries(r.headers).find(([k]) => k.toLowerCase() === "authorization")?.[1] ?? "")?.[1];
    const asked = requests.map((r) => `${signedFor(r)}:${actionOf(r)}`);
    expect(asked).toEqual(expect.arrayContaining(["guardduty:Get(/detector)", "backup:Get(/backup-vaults)", "ec2:DescribeInstances"])); // guardrails and the lists themselves are read
    expect(asked.filter((a) => /^(macie2|lakeformation|inspector2|shield):|^backup:Get\(\/backup\/plans|^ssm:DescribePatchBaselines/.test(a))).toEqual([]);

    const questionnaire = await loadQuestionnaire(QUESTIONNAIRES_DIR);
    const optimal = Object.fromEntries([...questionnaire.questions.values()].map((q) => [q.id, q.options.at(-1)!.value]));
    const answers = dropHidden({ schemaVersion: 1, organization: { name: "Empty" }, answers: optimal }, questionnaire);
    const members = { ...evidence, findings: evidence.findings.filter((f) => org.members.includes(f.accountId)) };
    expect(members.findings.length).toBeGreaterThan(0);
    const result = assess({ questionnaire, answers, organization: "Empty", evidence: members });
    const confirmed = result.pillars.flatMap((p) => p.capabilities.flatMap((c) => c.questions)).filter((q) => q.status === "confirmed");
    expect(confirmed.map((q) => `${q.id}: ${q.findings.filter((f) => f.status === "pass").map((f) => f.detail).join("; ")}`)).toEqual([]);
  });
});
