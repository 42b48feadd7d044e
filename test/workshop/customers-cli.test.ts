import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import { customerStore } from "../../src/workshop/index.js";
import { runCli } from "../helpers/run-cli.js";
import * as fx from "../report/fixtures/scenario.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/acme.yaml", import.meta.url));
const dated = (date: string) => readFileSync(EXAMPLE, "utf8").replace(/^assessedAt: .*$/m, `assessedAt: "${date}"`);

describe("workshop mode: report --customer and customers", () => {
  let cwd: string;
  let home: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), "czt-customers-"));
    home = join(cwd, "workshop-home");
    env = { CREATE_ZERO_TRUST_HOME: home };
  });

  it("lists nothing before the first customer", async () => {
    const { code, stdout } = await runCli(["customers"], { cwd, env });
    expect(code).toBe(0);
    expect(stdout).toContain(`No customers yet in ${home}`);
  });

  it("keeps a customer's answers, evidence, report and dated snapshots in its own folder", async () => {
    await writeFile(join(cwd, "nov.yaml"), dated("2026-11-01"));
    await writeFile(join(cwd, "nov-evidence.json"), JSON.stringify(fx.evidence("2026-11-01T09:00:00.000Z", [fx.finding("iam.root-mfa", "111111111111", "global", "fail")])));
    const { code, stderr, stdout } = await runCli(["report", "--customer", "Acme Corp", "--answers", "nov.yaml", "--evidence", "nov-evidence.json"], { cwd, env });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const dir = join(home, "customers", "acme-corp");
    expect(stdout).toContain(`Snapshot of this assessment: ${join(dir, "snapshots", "2026-11-01")}`);
    for (const f of ["customer.json", "answers.yaml", "evidence.json", "report/ASSESSMENT.md", "report/assessment/report.html", "report/assessment/assessment.json", "snapshots/2026-11-01/assessment.json", "snapshots/2026-11-01/evidence.json"])
      expect(existsSync(join(dir, f)), f).toBe(true);
  });

  it("compares with the previous snapshot six months later", async () => {
    await writeFile(join(cwd, "may.yaml"), dated("2027-05-01"));
    await writeFile(join(cwd, "may-evidence.json"), JSON.stringify(fx.evidence("2027-05-01T09:00:00.000Z", [fx.finding("iam.root-mfa", "111111111111", "global", "pass")])));
    const { code, stdout, stderr } = await runCli(["report", "--customer", "acme corp", "--answers", "may.yaml", "--evidence", "may-evidence.json", "--compare", "previous"], { cwd, env });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Progress for Acme Corp: 2026-11-01 -> 2027-05-01");
    expect(stdout).toContain("Findings: 1 fixed, 0 new, 0 regressed, 0 still failing");
    // A snapshot date works as OLD too; an unknown one lists the snapshots there are.
    expect((await runCli(["report", "--customer", "Acme Corp", "--compare", "2026-11-01"], { cwd, env })).code).toBe(0);
    const missing = await runCli(["report", "--customer", "Acme Corp", "--compare", "2025-01-01"], { cwd, env });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("snapshots: 2026-11-01, 2027-05-01");
  });

  it("lists customers with their last assessment date and overall stage, as a table and as JSON", async () => {
    await runCli(["report", "--customer", "Beta GmbH", "--answers", "nov.yaml"], { cwd, env });
    const table = await runCli(["customers", "list"], { cwd, env });
    expect(table.code).toBe(0);
    const lines = table.stdout.split("\n");
    expect(lines[0]).toMatch(/^Customer\s+Pillars done\s+Last assessed\s+Overall stage\s+Evidence\s+Sessions$/);
    expect(lines[1]).toMatch(/^Acme Corp\s+7 of 7 pillars\s+2027-05-01\s+\w+ \(\d\.\d\d\)\s+yes\s+0 \(2 snapshots\)$/);
    expect(lines[2]).toMatch(/^Beta GmbH\s+7 of 7 pillars\s+2026-11-01\s+\w+ \(\d\.\d\d\)\s+no\s+0 \(1 snapshot\)$/);

    const { stdout } = await runCli(["customers", "--json"], { cwd, env });
    const data = JSON.parse(stdout);
    expect(data.home).toBe(home);
    expect(data.customers.map((c: { name: string; lastAssessedAt: string }) => [c.name, c.lastAssessedAt])).toEqual([
      ["Acme Corp", "2027-05-01"],
      ["Beta GmbH", "2026-11-01"],
    ]);
    expect(data.customers[0].overallStage).toMatch(/^(traditional|initial|advanced|optimal)$/);
  });

  it("exports a customer's answers for hand-over: the answers file contract and nothing else", async () => {
    const { code, stdout } = await runCli(["customers", "export", "Acme Corp", "--output", "handover.yaml"], { cwd, env });
    expect(code).toBe(0);
    expect(stdout).toContain("Wrote handover.yaml");
    const text = readFileSync(join(cwd, "handover.yaml"), "utf8");
    const doc = parse(text);
    expect(Object.keys(doc).sort()).toEqual(["answers", "assessedAt", "organization", "schemaVersion"]);
    expect(text).not.toMatch(/111111111111|arn:aws|evidence/i);
    // It replays: the exported file is a valid answers file.
    const replay = await runCli(["report", "--answers", "handover.yaml", "--output", "replayed"], { cwd, env });
    expect(replay.stderr).toBe("");
    expect(replay.code).toBe(0);
    expect(existsSync(join(cwd, "replayed", "ASSESSMENT.md"))).toBe(true);

    const piped = await runCli(["customers", "export", "Acme Corp", "--output", "-"], { cwd, env });
    expect(piped.stdout).toBe(text);
  });

  it("reports a workshop in progress: the unanswered pillars are named and their capabilities show as not assessed", async () => {
    const questionnaire = await loadQuestionnaire(fileURLToPath(new URL("../../questionnaires", import.meta.url)));
    const store = customerStore({ env }, "Gamma <Ops>");
    const identityOnly = Object.fromEntries(Object.entries(parse(readFileSync(EXAMPLE, "utf8")).answers as Record<string, string>).filter(([id]) => id.startsWith("identity.")));
    await store.saveAnswers({ schemaVersion: 1, organization: {}, answers: identityOnly }, questionnaire);
    const { code, stderr } = await runCli(["report", "--customer", "Gamma <Ops>"], { cwd, env });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Note: Device & Endpoint Security \(\d+ unanswered\), Network Security/);
    expect(stderr).not.toContain("Identity & Access Control");
    const md = readFileSync(join(store.paths.reportDir, "ASSESSMENT.md"), "utf8");
    // Without a name in the answers, the customer's name is the organization's.
    expect(md).toContain("# Zero Trust maturity assessment: Gamma \\<Ops\\>");
    expect(md).toContain("| not assessed |");
    expect(md).toContain("No roadmap was given");
  });

  it("names the customers command when a customer does not exist", async () => {
    const exp = await runCli(["customers", "export", "Nobody"], { cwd, env });
    expect(exp.code).toBe(1);
    expect(exp.stderr).toContain('no customer "Nobody"');
    const rep = await runCli(["report", "--customer", "Nobody"], { cwd, env });
    expect(rep.code).toBe(1);
    expect(rep.stderr).toContain("list them with: create-zero-trust customers");
  });
});
