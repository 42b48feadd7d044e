import type { AnswersFile } from "../answers-schema.js";
import type { Question } from "../model.js";
import type { Prompter } from "./prompter.js";

const STAGE_HINT = { traditional: "traditional", initial: "initial", advanced: "advanced", optimal: "optimal" } as const;

export async function askQuestion(prompt: Prompter, answers: AnswersFile, q: Question): Promise<void> {
  const current = answers.answers[q.id];
  answers.answers[q.id] = await prompt.select(
    `${q.prompt}\n${wrap(q.help)}`,
    q.options.map((o) => ({ value: o.value, label: o.label, hint: o.hint ? `${o.hint} · ${STAGE_HINT[o.stage]}` : STAGE_HINT[o.stage] })),
    typeof current === "string" ? current : q.default,
  );
}

/** Help text under the question, dimmed by indentation and wrapped for an 80-column terminal. */
function wrap(text: string, width = 76): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => `  ${l}`).join("\n");
}
