import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands.js";
import { FLAGS, type FlagSpec } from "../../src/cli/options.js";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import { runCli } from "../helpers/run-cli.js";
import { KEY, Terminal } from "../helpers/terminal.js";

const questionnaire = await loadQuestionnaire(join(import.meta.dirname, "../../questionnaires"));
const tmp = () => mkdtemp(join(tmpdir(), "czt-screens-"));

/**
 * Every line drawn: a cursor move or erase starts a new line (clack redraws in place), other
 * escape codes are dropped. Close enough to a terminal's screen to measure each line.
 */
const drawnLines = (out: string) =>
  out
    // eslint-disable-next-line no-control-regex
    .replace(/\x1b\[[0-9;]*[ABCDEFGHJKfr]/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")
    .split("\n");

/** No line wider than the terminal, and every word of each source text shown whole on some line. */
function expectFits(lines: string[], columns: number, sources: string[]): void {
  expect(lines.filter((l) => [...l].length > columns)).toEqual([]);
  const shown = new Set(lines.flatMap((l) => l.split(/[\s│]+/)));
  const broken = sources.flatMap((s) => s.split(/\s+/).filter((w) => w && !shown.has(w)));
  expect(broken).toEqual([]);
}

/** Answers each prompt with its default (a name where one must be typed) until the review saves. */
async function enterThroughWizard(term: Terminal): Promise<void> {
  for (;;) {
    const screen = await term.waitFor(/◆ {2}[^\n]*\n/);
    const prompt = screen.slice(screen.lastIndexOf("◆"));
    term.press(/Organization name/.test(prompt) ? `Initech Corporation${KEY.enter}` : KEY.enter);
    if (/Save these answers/.test(prompt)) return;
  }
}

/** The title, prompts and help of the pillars' questions that were asked (visibility depends on earlier answers). */
const askedTexts = (out: string) =>
  questionnaire.pillars.flatMap((p) => [p.title, ...p.questions.filter((q) => out.includes(`◆  ${q.prompt.slice(0, 40)}`)).flatMap((q) => [q.prompt, q.help])]);

describe("screens at the terminal's width: no line wider, no word broken", () => {
  for (const columns of [80, 120]) {
    it(`create from the first question to the last screen (cd, file paths) at ${columns} columns`, async () => {
      const cwd = await tmp();
      const term = new Terminal(columns);
      const done = term.run(["a-rather-long-folder-name-for-the-zero-trust-baseline", "--no-verify", "--no-git"], cwd, { CREATE_ZERO_TRUST_HOME: await tmp() });
      await enterThroughWizard(term);
      expect(await done, term.err).toBe(0);
      const lines = [...drawnLines(term.out), ...drawnLines(term.err)];
      expect(askedTexts(term.out).length).toBeGreaterThan(questionnaire.pillars.length * 4);
      expectFits(lines, columns, [...askedTexts(term.out), "Review your answers", "cd a-rather-long-folder-name-for-the-zero-trust-baseline"]);
      // The last screen: the maturity table, then the next steps with each step's file on a line of its own.
      const closing = lines.slice(lines.findIndex((l) => l.startsWith("Zero Trust maturity")));
      expect(closing.join("\n")).toMatch(/^ {2}cd a-rather-long-folder-name-for-the-zero-trust-baseline$/m);
      expect(closing.join("\n")).toMatch(/^ {2}1\. .+\n {5}a-rather-long-folder-name[^/]*\/\S+\.(tf|yaml)$|^ {2}1\. .+\n {5}\S+$/m);
      expect(closing.join("\n")).toContain("The roadmap and the maturity report:\n  a-rather-long-folder-name-for-the-zero-trust-baseline/ROADMAP.md\n");
      for (const p of questionnaire.pillars) expect(closing.some((l) => l.startsWith(p.title) || l.startsWith(p.title.split(" ")[0]!))).toBe(true);
    });

    it(`a workshop at ${columns} columns: one pillar, the interim result, Ctrl-C with the resume line, resuming`, async () => {
      const cwd = await tmp();
      const env = { CREATE_ZERO_TRUST_HOME: join(await tmp(), "a", "deeply", "nested", "workshop", "home", "folder", "for", "every", "customer") };
      const one = new Terminal(columns);
      const first = one.run(["assess", "--customer", "Initech Corporation", "--pillar", "network", "--notes", "--no-verify"], cwd, env);
      await enterThroughWizard(one);
      expect(await first, one.err).toBe(0);
      expect(one.out).toContain("Interim results for Initech Corporation: 1 of 7 pillars assessed");
      const network = questionnaire.pillars.find((p) => p.id === "network")!;
      expectFits([...drawnLines(one.out), ...drawnLines(one.err)], columns, [network.title, ...network.questions.flatMap((q) => [q.prompt, q.help]), "Note on the", "pillar as a whole"]);

      const two = new Terminal(columns);
      const second = two.run(["assess", "--customer", "Initech Corporation", "--pillar", "identity", "--no-verify"], cwd, env);
      await two.waitFor(/◆ {2}/);
      two.press(KEY.ctrlC);
      expect(await second).toBe(1);
      const lines = [...drawnLines(two.out), ...drawnLines(two.err)];
      expect(two.out).toMatch(/Resuming: \d+ answers found/);
      expect(two.err).toContain("resume with:");
      expectFits(lines, columns, ["Resuming:", "answers found.", "resume with:", "--customer"]);
    });
  }

  it("the maturity table in a narrow terminal wraps pillar titles on word boundaries", async () => {
    const term = new Terminal(60);
    expect(await term.run(["assess", "--example", "--no-verify"], await tmp()), term.err).toBe(0);
    const lines = drawnLines(term.out);
    expectFits(lines, 60, questionnaire.pillars.map((p) => p.title));
    // A title that does not fit its column continues on the next line of the same row.
    expect(lines.some((l) => /^\S+( \S+)*\s*$/.test(l) && questionnaire.pillars.some((p) => p.title.endsWith(l.trim()) && p.title !== l.trim()))).toBe(true);
  });

  it("--help of every command at 80 columns", async () => {
    const cwd = await tmp();
    for (const command of [undefined, ...COMMANDS.map((c) => c.name)]) {
      const { stdout } = await runCli(command ? [command, "--help"] : ["--help"], { cwd });
      const flags = (Object.values(FLAGS) as FlagSpec[]).filter((f) => !f.hidden && (!command || !f.commands || f.commands.includes(command)));
      const summaries = COMMANDS.filter((c) => !command || c.name === command).map((c) => c.summary);
      expectFits(stdout.split("\n"), 80, [...summaries, ...(command ? flags.map((f) => f.help) : [])]);
    }
  });
});
