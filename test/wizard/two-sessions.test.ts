import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../helpers/run-cli.js";
import { KEY, Terminal } from "../helpers/terminal.js";

const tmp = () => mkdtemp(join(tmpdir(), "czt-sessions-"));
// 2026-12-04: every session below happens on the same day.
const DAY = { SOURCE_DATE_EPOCH: "1796385600" };

/** Answers every prompt with Enter (notes left empty) until the review's search prompt, then saves. */
async function enterUntilReview(term: Terminal): Promise<void> {
  for (;;) {
    const screen = await term.waitFor(/◆ {2}[^\n]*\n/);
    if (/Save these answers/.test(screen.slice(screen.lastIndexOf("◆")))) break;
    term.press(KEY.enter);
  }
  term.press(KEY.enter);
}

describe("a two-session workshop", () => {
  it("notes, not sure, interim results, session records, --yes defaults, a re-interview and a snapshot per session", async () => {
    const cwd = await tmp();
    const home = await tmp();
    const env = { CREATE_ZERO_TRUST_HOME: home, ...DAY };
    const dir = join(home, "customers", "initech");
    const answers = () => parse(readFileSync(join(dir, "answers.yaml"), "utf8"));

    // Session 1: the identity team, stage labels hidden, a note after each answer.
    const one = new Terminal();
    const first = one.run(["assess", "--customer", "Initech", "--pillar", "identity", "--hide-stages", "--notes", "--consultant", "Dana", "--participants", "Ann, Bo", "--no-verify"], cwd, env);
    for (const field of [/Regions in use/, /identities live/, /Infrastructure as code/, /CI\/CD system/]) {
      await one.waitFor(field);
      one.press(KEY.enter);
    }
    await one.waitFor(/pillar 1 of 7/);
    // First question: "Not sure" is the last choice (up wraps to it), then a note.
    await one.waitFor(/◆ {2}/);
    one.press(KEY.up + KEY.enter);
    await one.waitFor(/Note \(optional/);
    one.press(`Ask the IdP team${KEY.enter}`);
    // The pillar's own note comes after its last question.
    for (;;) {
      const screen = await one.waitFor(/◆ {2}[^\n]*\n/);
      if (/Note on the Identity[^\n]*pillar as a whole/.test(screen.slice(screen.lastIndexOf("◆")))) break;
      one.press(KEY.enter);
    }
    one.press(`Okta rollout finishes in Q1${KEY.enter}`);
    await enterUntilReview(one);
    expect(await first, one.err).toBe(0);
    expect(one.out).not.toMatch(/\((traditional|initial|advanced|optimal)\)/);
    expect(one.out).toContain("Interim results for Initech: 1 of 7 pillars assessed");
    expect(one.out).toMatch(/Network Security\s+not assessed \(0 of \d+ answered\)/);
    const saved = answers();
    expect(saved.organization.name).toBe("Initech");
    expect(saved.unsure).toHaveLength(1);
    expect(saved.notes[saved.unsure[0]]).toBe("Ask the IdP team");
    expect(saved.notes.identity).toBe("Okta rollout finishes in Q1");

    // Between sessions, without a terminal: interim results, not "N answers are missing".
    const interim = await runCli(["assess", "--customer", "Initech"], { cwd, env });
    expect(interim.code, interim.stderr).toBe(0);
    expect(interim.stdout).toContain("1 of 7 pillars assessed");
    expect(interim.stderr).not.toContain("missing");

    // Session 2: the rest by defaults, which are counted, kept in the file and marked in the report.
    const second = await runCli(["assess", "--customer", "Initech", "--yes", "--consultant", "Dana"], { cwd, env });
    expect(second.code, second.stderr).toBe(0);
    const defaulted = answers().defaulted as string[];
    expect(second.stderr).toContain(`--yes took the default for ${defaulted.length} unanswered questions`);
    expect(defaulted.every((id) => !id.startsWith("identity."))).toBe(true);
    const report = readFileSync(join(dir, "report", "ASSESSMENT.md"), "utf8");
    expect(report).toContain("## Workshop follow-ups");
    expect(report).toContain(`\`${saved.unsure[0]}\``);
    expect(report).toContain("default (--yes)");
    expect(report).toContain("Ask the IdP team");
    expect(report).toContain("Okta rollout finishes in Q1");
    expect(report).toMatch(/Held at \w+ by: `/);

    // Session 3, the same day: re-interview identity with the answers preselected, change the first.
    const three = new Terminal();
    const third = three.run(["assess", "--customer", "Initech", "--reanswer", "--pillar", "identity", "--no-verify"], cwd, env);
    await three.waitFor(/Re-interview: \d+ previous answers preselected/);
    await three.waitFor(/◆ {2}/);
    three.press(KEY.up + KEY.up + KEY.enter);
    await enterUntilReview(three);
    expect(await third, three.err).toBe(0);
    expect(answers().unsure).toBeUndefined();

    // Two sessions on one day: two snapshots; every session recorded.
    expect(readdirSync(join(dir, "snapshots")).sort()).toEqual(["2026-12-04", "2026-12-04-2"]);
    const sessions = parse(readFileSync(join(dir, "sessions.yaml"), "utf8")).sessions;
    expect(sessions.map((s: { scope: unknown; pillarsCovered: string[] }) => [s.scope, s.pillarsCovered.length > 0])).toEqual([
      [["identity"], true],
      ["all", true],
      [["identity"], true],
    ]);
    expect(sessions[0]).toMatchObject({ date: "2026-12-04", consultant: "Dana", participants: ["Ann", "Bo"], pillarsCovered: ["identity"] });

    const list = await runCli(["customers"], { cwd, env });
    expect(list.stdout).toMatch(/Initech\s+7 of 7 pillars\s+2026-12-04\s+\w+ \(\d\.\d\d\)\s+no\s+3 \(2 snapshots\)/);
  });
});
