import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fx from "../report/fixtures/scenario.js";
import { runCli } from "../helpers/run-cli.js";

// Scheduled drift checks run `verify --baseline`: an organization with known gaps must not fail
// every night, only when something new fails or a passing check starts failing.
describe("verify --baseline", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "czt-baseline-"));
    await writeFile(join(dir, "before.json"), JSON.stringify(fx.beforeEvidence()));
    await writeFile(join(dir, "after.json"), JSON.stringify(fx.afterEvidence()));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("exits 2 and lists what is new or regressed since the baseline", async () => {
    const r = await runCli(["verify", "merge", "after.json", "--baseline", "before.json"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("Against the baseline before.json: 2 fixed, 1 new, 1 regressed, 1 still failing");
    expect(r.stdout).toMatch(/New:\n {2}guardduty\.enabled\/222222222222\/eu-west-1 \(high\): /);
    expect(r.stdout).toMatch(/Regressed:\n {2}s3\.account-public-access-block\/222222222222\/global /);
  });

  it("exits 0 when findings still fail but none is new or regressed", async () => {
    const r = await runCli(["verify", "merge", "after.json", "--baseline", "after.json", "--json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings.some((f: { status: string }) => f.status === "fail")).toBe(true);
    expect(r.stderr).toContain("0 new, 0 regressed");
    expect(r.stderr).toContain("Nothing new or regressed since the baseline.");
  });

  it("names a missing baseline file and writes nothing", async () => {
    const r = await runCli(["verify", "merge", "after.json", "--baseline", "nope.json", "--output", "out.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.json/);
    expect(await readdir(dir)).not.toContain("out.json");
  });
});
