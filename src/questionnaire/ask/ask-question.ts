import { stageLevel } from "../../model/stages.js";
import { wrapText } from "../../text/wrap.js";
import type { AnswersFile } from "../answers-schema.js";
import type { Question } from "../model.js";
import { askNote } from "./ask-note.js";
import type { Prompter } from "./prompter.js";

/** The choice that records "don't know, verify later": never a stage claim. */
const NOT_SURE = "__not-sure__";

export interface QuestionDisplay {
  /** Terminal width; the help is wrapped after clack's border ("│  ") is added. */
  columns: number;
  /** Hide each option's stage label, so a customer answers what is true, not what sounds best. */
  hideStages: boolean;
  /** Ask for an optional note after each answer and each pillar (workshops). */
  notes: boolean;
}

const BORDER = 3;

export async function askQuestion(prompt: Prompter, answers: AnswersFile, q: Question, display: QuestionDisplay): Promise<void> {
  const current = answers.answers[q.id];
  const unsure = answers.unsure?.includes(q.id) ?? false;
  const hint = (o: Question["options"][number]) => (display.hideStages ? o.hint : o.hint ? `${o.hint} · ${o.stage}` : o.stage);
  const chosen = await prompt.select(
    `${q.prompt}\n${wrapText(q.help, Math.max(40, display.columns) - BORDER, "  ")}`,
    [
      ...q.options.map((o) => ({ value: o.value, label: o.label, hint: hint(o) })),
      { value: NOT_SURE, label: "Not sure", hint: "scored at the lowest option, listed as a follow-up to verify" },
    ],
    unsure ? NOT_SURE : typeof current === "string" ? current : q.default,
  );
  // "Not sure" scores as the lowest-stage option: an unverified guess must not raise the stage.
  answers.answers[q.id] = chosen === NOT_SURE ? lowestOption(q) : chosen;
  answers.unsure = mark(answers.unsure, q.id, chosen === NOT_SURE);
  // A person chose this answer now: it is no longer a default.
  answers.defaulted = mark(answers.defaulted, q.id, false);
  if (display.notes) await askNote(prompt, answers, q.id, "Note");
}

const lowestOption = (q: Question) => q.options.reduce((low, o) => (stageLevel(o.stage) < stageLevel(low.stage) ? o : low)).value;

function mark(list: string[] | undefined, id: string, on: boolean): string[] | undefined {
  const next = (list ?? []).filter((x) => x !== id);
  if (on) next.push(id);
  return next.length ? next : undefined;
}
