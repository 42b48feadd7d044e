import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import { KEY, Terminal } from "../helpers/terminal.js";

const questionnaire = await loadQuestionnaire(join(import.meta.dirname, "../../questionnaires"));

/** The lines of the last prompt drawn (clack redraws in place; the escape codes are removed). */
const lastScreen = (out: string) =>
  out
    .slice(out.lastIndexOf("◆"))
    // eslint-disable-next-line no-control-regex
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")
    .split("\n");

describe("the wizard at the terminal's width", () => {
  for (const columns of [80, 120]) {
    it(`wraps each question's help within ${columns} columns without breaking a word`, async () => {
      const term = new Terminal(columns);
      const env = { CREATE_ZERO_TRUST_HOME: await mkdtemp(join(tmpdir(), "czt-width-")) };
      const done = term.run(["assess", "--customer", "Width", "--pillar", "network", "--no-verify"], await mkdtemp(join(tmpdir(), "czt-width-")), env);
      for (const field of [/Regions in use/, /identities live/, /Infrastructure as code/, /CI\/CD system/]) {
        await term.waitFor(field);
        term.press(KEY.enter);
      }
      for (const q of questionnaire.pillars.find((p) => p.id === "network")!.questions.slice(0, 4)) {
        await term.waitFor(new RegExp(`◆ {2}${q.prompt.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").slice(0, 30)}`));
        await term.waitFor(/Not sure/);
        const screen = lastScreen(term.out);
        expect(screen.filter((l) => [...l].length > columns), q.id).toEqual([]);
        // Every word of the help is on the screen whole: none is split across two lines.
        const shown = screen.join(" ").split(/[\s│]+/);
        for (const word of q.help.split(/\s+/).filter(Boolean)) expect(shown, `${q.id}: ${word}`).toContain(word);
        // Wrapped greedily: no line ends early (the stray word left by wrapping before the border was added).
        const help = screen.slice(1, screen.findIndex((l) => /[●○]/.test(l))).map((l) => l.trimEnd());
        for (let i = 0; i + 1 < help.length; i++) {
          const next = help[i + 1]!.replace(/^[│\s]+/, "").split(" ")[0]!;
          expect([...help[i]!].length + 1 + [...next].length, `${q.id}: "${help[i]}" could take "${next}"`).toBeGreaterThan(columns);
        }
        term.press(KEY.enter);
      }
      term.press(KEY.ctrlC);
      expect(await done).toBe(1);
    });
  }
});
