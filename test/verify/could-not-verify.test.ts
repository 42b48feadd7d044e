import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import * as fx from "../report/fixtures/scenario.js";
import { runCli } from "../helpers/run-cli.js";

// A scan that could read nothing (no network, no credentials, access denied everywhere) must not
// look like a clean one: it says so, exits "could not verify", and still writes its evidence.
describe("verify when nothing could be verified", () => {
  let dir: string;
  const denied = "AccessDenied: not authorized to perform this operation";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "czt-unverified-"));
    const checks = ["iam.root-mfa", "guardduty.enabled", "org.scp-deny-leave-org"];
    await writeFile(join(dir, "errors.json"), JSON.stringify(fx.evidence("2026-11-01T00:00:00Z", checks.map((id) => fx.finding(id, "111111111111", "global", "error", denied)))));
    await writeFile(join(dir, "na.json"), JSON.stringify(fx.evidence("2026-11-01T00:00:00Z", [fx.finding("ec2.sg-open-admin-ports", "111111111111", "eu-west-1", "not-applicable", "No security groups")])));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("exits 4, says it could not verify (never 'No check failed.'), and writes the evidence", async () => {
    const r = await runCli(["verify", "merge", "errors.json", "--output", "out.json"], { cwd: dir });
    expect(r.code).toBe(EXIT.unverified);
    expect(r.stdout).toContain("Could not verify: no check could read what it needs");
    expect(r.stdout).not.toContain("No check failed.");
    expect(JSON.parse(await readFile(join(dir, "out.json"), "utf8")).findings).toHaveLength(3);
  });

  it("treats a scan with nothing in scope as verified (exit 0), without counting it as passed", async () => {
    const r = await runCli(["verify", "merge", "na.json"], { cwd: dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/network\s+0\s+0\s+0/);
  });
});
