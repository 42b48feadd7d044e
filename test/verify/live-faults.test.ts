import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import { runVerification } from "../../src/verify/index.js";
import { runCli } from "../helpers/run-cli.js";
import { startMoto, useMotoEnv, type Moto } from "../helpers/moto.js";
import { injectFaults, jsonError, startFaultProxy, type FaultProxy, type ProxyRule } from "./faults.js";
import { CATALOG_PATHS, LATER, seedOrg, type SeededOrg } from "./org.js";

// Faults of the network and of the organization's enumeration, through a real proxy or the SDK's own error path.
let moto: Moto;
let restoreEnv: () => void;
let org: SeededOrg;
let dir: string;
const proxies: FaultProxy[] = [];

beforeAll(async () => {
  moto = await startMoto();
  restoreEnv = useMotoEnv(moto);
  org = await seedOrg(moto, "gap-org");
  dir = await mkdtemp(join(tmpdir(), "czt-live-faults-"));
}, 120_000);
afterAll(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  restoreEnv?.();
  await moto?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const proxy = async (rule: ProxyRule) => {
  const p = await startFaultProxy(moto.url, rule);
  proxies.push(p);
  return p;
};

/** An error in the protocol the request spoke: JSON when it named an X-Amz-Target, query XML otherwise. */
const failure =
  (status: number, code: string): ProxyRule =>
  ({ service }) =>
    service === "sts"
      ? "forward"
      : {
          statusCode: status,
          headers: { "content-type": "text/xml", "x-amzn-errortype": code },
          body: `<ErrorResponse><Error><Type>Receiver</Type><Code>${code}</Code><Message>injected ${code}</Message></Error><RequestId>fault</RequestId></ErrorResponse>`,
        };

describe("live faults", () => {
  it("gives up on an endpoint that never answers after the request timeout, and scans the rest", { timeout: 120_000 }, async () => {
    const silent = await proxy(({ service }) => (service === "guardduty" ? "hang" : "forward"));
    const evidence = await runVerification({
      paths: CATALOG_PATHS,
      toolVersion: "test",
      env: { ...process.env, AWS_ENDPOINT_URL: silent.url },
      regions: ["eu-west-1"],
      now: LATER(),
      maxAttempts: 2,
      // Long enough for a loaded machine to answer every forwarded call; only the silent service reaches it.
      requestTimeoutMs: 6_000,
    });
    const guardduty = evidence.findings.filter((f) => f.checkId === "guardduty.enabled");
    expect(guardduty.length).toBeGreaterThan(0);
    for (const f of guardduty) expect(f).toMatchObject({ status: "error", detail: expect.stringMatching(/guardduty:ListDetectors: timed out/) });
    expect(evidence.findings.some((f) => f.checkId === "iam.console-users-without-mfa" && f.status === "fail")).toBe(true);
  });

  for (const [what, rule] of [
    ["HTTP 500", failure(500, "InternalFailure")],
    ["throttled", failure(400, "ThrottlingException")],
  ] as const) {
    it(`never reports a clean scan when every call but STS is ${what}`, { timeout: 120_000 }, async () => {
      const broken = await proxy(rule);
      const r = await runCli(["verify", "--regions", "eu-west-1", "--accounts", org.gap], { cwd: dir, env: { ...process.env, AWS_ENDPOINT_URL: broken.url } });
      expect(r.code).toBe(EXIT.unverified);
      expect(r.stdout).not.toContain("No check failed");
      expect(r.stdout).toContain("Could not verify");
    });
  }

  it("ends at --deadline with what it evaluated written and the rest named, exit 4", { timeout: 120_000 }, async () => {
    const silent = await proxy(({ service }) => (service === "guardduty" ? "hang" : "forward"));
    const r = await runCli(["verify", "--regions", "eu-west-1", "--accounts", org.gap, "--deadline", "8", "--output", "deadline.json"], { cwd: dir, env: { ...process.env, AWS_ENDPOINT_URL: silent.url } });
    expect(r.code).toBe(EXIT.unverified);
    expect(r.stdout).toMatch(/Could not verify: not evaluated: the scan's --deadline of 8 s passed: \d+ of \d+ findings were not evaluated/);
    const evidence = JSON.parse(await readFile(join(dir, "deadline.json"), "utf8"));
    const guardduty = evidence.findings.filter((f: { checkId: string }) => f.checkId.startsWith("guardduty."));
    expect(guardduty.length).toBeGreaterThan(0);
    for (const f of guardduty) expect(f).toMatchObject({ status: "error", detail: "not evaluated: the scan's --deadline of 8 s passed" });
    // What the scan read before the deadline is kept: every check has its finding, evaluated or not.
    expect(evidence.findings.some((f: { status: string }) => f.status === "pass" || f.status === "fail")).toBe(true);
  });

  it("never passes an organization check over a partly listed organization (a later page of ListAccounts fails)", { timeout: 120_000 }, async () => {
    const firstPage = () => ({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.1" }, body: JSON.stringify({ Accounts: [{ Id: org.management, Name: "management", Status: "ACTIVE" }], NextToken: "page-2" }) });
    const faults = injectFaults([
      { service: "organizations", command: "ListAccountsCommand", match: (i) => !i.NextToken, respond: firstPage },
      { service: "organizations", command: "ListAccountsCommand", match: (i) => i.NextToken === "page-2", respond: jsonError(500, "ServiceException", "injected failure on page 2") },
    ]);
    const evidence = await runVerification({ paths: CATALOG_PATHS, toolVersion: "test", env: process.env, regions: ["eu-west-1"], now: LATER(), onClient: faults.hook, maxAttempts: 2 });
    expect(faults.hits[1]).toBeGreaterThan(0);
    expect(evidence.incomplete).toEqual([expect.stringMatching(/could not list the organization's accounts: organizations:ListAccounts failed: ServiceException/)]);
    const orgChecks = evidence.findings.filter((f) => f.checkId.startsWith("org.scp-"));
    expect(orgChecks.length).toBeGreaterThan(0);
    for (const f of orgChecks) expect(f.status, `${f.id}: ${f.detail}`).not.toBe("pass");
  });

  // create and assess finish without evidence when the scan fails, and say which kind of failure it was.
  for (const [kind, env] of [
    ["network", () => ({ AWS_ENDPOINT_URL: "http://127.0.0.1:9" })],
    ["credential", async () => ({ AWS_ENDPOINT_URL: (await proxy(() => ({ statusCode: 403, headers: { "content-type": "text/xml" }, body: "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>" }))).url })],
    ["permission", async () => ({ AWS_ENDPOINT_URL: (await proxy(failure(403, "AccessDenied"))).url })],
  ] as const) {
    it(`create completes with unverified answers after a ${kind} error, in one line`, { timeout: 120_000 }, async () => {
      const target = `repo-${kind}`;
      const r = await runCli(["create", target, "--example", "--verify", "--no-git", "--regions", "eu-west-1", "--accounts", org.gap], { cwd: dir, env: { ...process.env, ...(await env()) } });
      expect(r.code, r.stderr).toBe(EXIT.ok);
      const lines = r.stderr.split("\n").filter((l) => l.startsWith("Live verification"));
      expect(lines).toEqual([expect.stringMatching(new RegExp(`^Live verification (failed|could not verify everything) \\(${kind} error\\): `))]);
      expect(await readFile(join(dir, target, "ASSESSMENT.md"), "utf8")).toContain("Zero Trust maturity assessment");
    });
  }

  for (const [call, rule] of [
    ["organizations:DescribeOrganization", { service: "organizations", command: "DescribeOrganizationCommand" }],
    ["organizations:ListAccounts", { service: "organizations", command: "ListAccountsCommand" }],
  ] as const) {
    it(`says it could not enumerate the organization when ${call} fails`, { timeout: 120_000 }, async () => {
      const faults = injectFaults([{ ...rule, respond: jsonError(403, "AccessDeniedException", `not authorized to perform: ${call}`) }]);
      const evidence = await runVerification({ paths: CATALOG_PATHS, toolVersion: "test", env: process.env, regions: ["eu-west-1"], now: LATER(), onClient: faults.hook });
      expect(faults.hits[0]).toBeGreaterThan(0);
      expect(evidence.incomplete).toEqual([expect.stringMatching(new RegExp(`could not list the organization's accounts: access denied to ${call}`))]);
      const file = join(dir, "partial.json");
      const { writeFile } = await import("node:fs/promises");
      await writeFile(file, JSON.stringify(evidence));
      const r = await runCli(["verify", "merge", file, "--output", "again.json"], { cwd: dir });
      expect(r.code).toBe(EXIT.unverified);
      expect(r.stdout.split("\n").filter((l) => l.includes(call))).toHaveLength(1);
      expect(r.stdout).not.toMatch(/Scanned 1\/1/);
      expect(JSON.parse(await readFile(join(dir, "again.json"), "utf8")).incomplete).toEqual(evidence.incomplete);
    });
  }
});
