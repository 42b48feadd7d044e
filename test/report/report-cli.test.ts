import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Evidence } from "../../src/model/evidence.js";
import { runCli } from "../helpers/run-cli.js";
import * as fx from "./fixtures/scenario.js";
import { markdownProblems } from "./markdownlint.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/acme.yaml", import.meta.url));
const example = () => readFileSync(EXAMPLE, "utf8");
const dated = (date: string) => example().replace(/^assessedAt: .*$/m, `assessedAt: "${date}"`);
const json = (e: Evidence) => JSON.stringify(e, null, 2);

// Two scans of the example organization six months apart, with known differences.
const novemberEvidence = () =>
  fx.evidence("2026-11-01T09:00:00.000Z", [
    fx.finding("iam.root-mfa", "111111111111", "global", "fail", "The root user of 111111111111 has no MFA"),
    fx.finding("s3.account-public-access-block", "222222222222", "global", "pass"),
    fx.finding("guardduty.enabled", "111111111111", "eu-west-1", "fail"),
  ]);
const mayEvidence = () =>
  fx.evidence("2027-05-01T09:00:00.000Z", [
    fx.finding("iam.root-mfa", "111111111111", "global", "pass"),
    fx.finding("s3.account-public-access-block", "222222222222", "global", "fail"),
    fx.finding("guardduty.enabled", "111111111111", "eu-west-1", "fail"),
    fx.finding("guardduty.enabled", "222222222222", "eu-west-1", "fail"),
  ]);

/** A generated repository as far as `report` cares: saved answers, evidence, no roadmap. */
async function repo(root: string, name: string, answers: string, evidence?: Evidence): Promise<string> {
  const dir = join(root, name);
  await mkdir(join(dir, ".zero-trust"), { recursive: true });
  await writeFile(join(dir, ".zero-trust", "answers.yaml"), answers);
  if (evidence) await writeFile(join(dir, ".zero-trust", "evidence.json"), json(evidence));
  return dir;
}

describe("create-zero-trust report", () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), "czt-report-cli-"));
  });

  it("--answers writes the report into the current folder, with the roadmap planned in memory, and rewrites nothing when nothing changed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "czt-report-answers-"));
    const first = await runCli(["report", "--answers", EXAMPLE], { cwd: dir });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Wrote ASSESSMENT.md, assessment/report.html, assessment/assessment.json in the current folder");
    const md = readFileSync(join(dir, "ASSESSMENT.md"), "utf8");
    expect(md).toContain("# Zero Trust maturity assessment: Acme Corp");
    expect(md).toContain("Assessed on 2026-11-01.");
    expect(md).toContain("The first steps of the roadmap");
    expect(md).toContain("## Expected stage per phase");
    expect(await markdownProblems(md)).toEqual([]);
    const again = await runCli(["report", "--answers", EXAMPLE], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("The report in the current folder is up to date");
  });

  it("[dir] reads a generated repository's saved answers and evidence", async () => {
    const dir = await repo(cwd, "acme-zero-trust", example(), novemberEvidence());
    const { code, stdout, stderr } = await runCli(["report", "acme-zero-trust"], { cwd });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("in acme-zero-trust");
    const md = readFileSync(join(dir, "ASSESSMENT.md"), "utf8");
    expect(md).toContain("> Contradicted (`identity.mfa`)");
    expect(md).toContain("The root user of 111111111111 has no MFA");
    expect(existsSync(join(dir, "assessment", "report.html"))).toBe(true);
  });

  it("refuses a folder that is not a generated repository, naming the alternatives", async () => {
    const { code, stderr } = await runCli(["report", "."], { cwd });
    expect(code).toBe(1);
    expect(stderr).toContain("is not a generated repository (no .zero-trust/answers.yaml); pass the repository folder, --answers FILE, or --customer NAME");
  });

  it("--compare shows stages that moved and findings fixed, new and regressed, in the terminal, the report and --json", async () => {
    await repo(cwd, "november", example(), novemberEvidence());
    expect((await runCli(["report", "november"], { cwd })).code).toBe(0);
    const now = await repo(cwd, "may", dated("2027-05-01"), mayEvidence());

    // OLD as an assessment.json file, as a report folder, and as a repository scored again from its answers.
    for (const oldArg of ["november/assessment/assessment.json", "november"]) {
      const { code, stdout, stderr } = await runCli(["report", "may", "--compare", oldArg], { cwd });
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toContain("Progress for Acme Corp: 2026-11-01 -> 2027-05-01");
      expect(stdout).toContain("identity.authentication: traditional -> advanced");
      expect(stdout).toContain("Findings: 1 fixed, 1 new, 1 regressed, 1 still failing");
    }
    const md = readFileSync(join(now, "ASSESSMENT.md"), "utf8");
    expect(md).toContain("## Progress since 2026-11-01");
    expect(await markdownProblems(md)).toEqual([]);

    const out = await runCli(["report", "may", "--compare", "november", "--json"], { cwd });
    expect(out.code).toBe(0);
    const { comparison } = JSON.parse(out.stdout);
    expect(comparison.findings.fixed.map((f: { id: string }) => f.id)).toEqual(["iam.root-mfa/111111111111/global"]);
    expect(comparison.findings.new.map((f: { id: string }) => f.id)).toEqual(["guardduty.enabled/222222222222/eu-west-1"]);
    expect(comparison.findings.regressed.map((f: { id: string }) => f.id)).toEqual(["s3.account-public-access-block/222222222222/global"]);
    expect(comparison.pillars.find((p: { id: string }) => p.id === "identity").direction).toBe("up");
    expect(comparison.capabilities).toContainEqual(expect.objectContaining({ id: "identity.authentication", from: "traditional", to: "advanced", direction: "up" }));
  });

  it("--compare names what it expected when OLD is not an assessment", async () => {
    const { code, stderr } = await runCli(["report", "may", "--compare", "nowhere"], { cwd });
    expect(code).toBe(1);
    expect(stderr).toContain("--compare");
    expect(stderr).toContain("no such file or folder");
  });
});
