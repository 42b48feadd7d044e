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
