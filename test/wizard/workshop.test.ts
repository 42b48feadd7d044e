import { existsSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../helpers/run-cli.js";
import { KEY, Terminal } from "../helpers/terminal.js";

const tmp = () => mkdtemp(join(tmpdir(), "czt-workshop-"));
const answersOf = (home: string) => parse(readFileSync(join(home, "customers", "globex", "answers.yaml"), "utf8"));

describe("workshop mode", () => {
  it("autosaves after every answer, survives Ctrl-C mid-pillar, and resumes by customer name", async () => {
    const cwd = await tmp();
    const env = { CREATE_ZERO_TRUST_HOME: await tmp() };
    const home = env.CREATE_ZERO_TRUST_HOME;

    // Facilitator: the network team only; Ctrl-C after two of its questions.
    const first = new Terminal();
    const done = first.run(["assess", "--customer", "Globex", "--pillar", "network", "--no-verify"], cwd, env);
    // --customer fills the organization name: the profile starts at the regions.
    for (const field of [/Regions in use/, /identities live/, /Infrastructure as code/, /CI\/CD system/]) {
      await first.waitFor(field);
      first.press(KEY.enter);
    }
    await first.waitFor(/pillar 3 of 7/);
    for (let i = 0; i < 2; i++) {
      await first.waitFor(/◆ {2}/);
      first.press(KEY.down + KEY.enter);
      // Saved at once, not at the end of the pillar.
      await expect.poll(() => Object.keys(answersOf(home).answers).length).toBe(i + 1);
    }
    await first.waitFor(/◆ {2}/);
    first.press(KEY.ctrlC);
    expect(await done).toBe(1);
    expect(first.err.replace(/\s+/g, " ")).toContain('resume with: create-zero-trust assess --customer "Globex"');
    expect(Object.keys(answersOf(home).answers).every((id) => id.startsWith("network."))).toBe(true);
    expect(first.out).not.toContain("pillar 1 of 7");

    // Same customer later: only the rest of the network pillar is asked, then the review lists unanswered pillars.
    const second = new Terminal();
    const resumed = second.run(["assess", "--customer", "Globex", "--pillar", "network", "--no-verify"], cwd, env);
    for (;;) {
      const screen = await second.waitFor(/◆ {2}[^\n]*\n/);
      if (/Save these answers/.test(screen.slice(screen.lastIndexOf("◆")))) break;
      expect(screen).not.toContain("Organization name");
      second.press(KEY.enter);
    }
    // The warning wraps within clack's gutter: its lines are joined again.
    expect(second.out.replace(/\s*\n│\s+/g, " ")).toMatch(/Pillars with unanswered questions: Identity & Access Control, Device & Endpoint Security, Workload Security/);
    second.press(KEY.enter);
    expect(await resumed, second.err).toBe(0);
    expect(second.err).toMatch(/Other pillars still have unanswered questions/);
    const network = Object.keys(answersOf(home).answers).filter((id) => id.startsWith("network."));
    expect(network.length).toBeGreaterThanOrEqual(8);

    // Finish with defaults, then the customer appears in the list with its stage.
    const finished = await runCli(["assess", "--customer", "Globex", "--yes"], { cwd, env });
    expect(finished.code, finished.stderr).toBe(0);
    expect(existsSync(join(home, "customers", "globex", "report", "ASSESSMENT.md"))).toBe(true);
    const list = await runCli(["customers", "--json"], { cwd, env });
    expect(list.stdout).toContain("Globex");
  });
});
