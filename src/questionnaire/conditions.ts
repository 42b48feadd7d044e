import type { Condition } from "./schema.js";
import type { AnswersFile } from "./answers-schema.js";
import type { Question } from "./model.js";

function holds(c: Condition, answers: AnswersFile): boolean {
  const value = c.question ? answers.answers[c.question] : c.profile ? answers.organization[c.profile] : undefined;
  // A condition on something not answered yet does not hold: the question waits for it.
  if (value === undefined) return false;
  const values = Array.isArray(value) ? value : [value];
  return c.in ? values.some((v) => c.in!.includes(v)) : values.every((v) => !c.notIn!.includes(v));
}

export const isVisible = (q: Question, answers: AnswersFile): boolean => q.when.every((c) => holds(c, answers));
