import { PROFILE_FIELDS, dropHidden, missingAnswers } from "../answers.js";
import type { AnswersFile } from "../answers-schema.js";
import { isVisible } from "../conditions.js";
import type { Questionnaire } from "../model.js";
import { askProfileField, profileLabel, type ProfileField } from "./ask-profile.js";
import { askQuestion } from "./ask-question.js";
import type { Prompter } from "./prompter.js";

const DONE = "__done__";

/**
 * clack has no "back" key, so mistakes are fixed here: every answer is listed, any one can be
 * changed, and questions that a change makes visible are asked before returning to the list.
 */
export async function reviewAnswers(prompt: Prompter, answers: AnswersFile, questionnaire: Questionnaire, save: (a: AnswersFile) => Promise<void>): Promise<AnswersFile> {
  let current = answers;
  for (;;) {
    prompt.note(summary(current, questionnaire), "Review your answers");
    const unanswered = questionnaire.pillars.filter((p) => p.questions.some((q) => isVisible(q, current) && current.answers[q.id] === undefined));
    if (unanswered.length) prompt.warn(`Pillars with unanswered questions: ${unanswered.map((p) => p.title).join(", ")}`);
    const choice = await prompt.select<string>(
      "Save these answers, or change one?",
      [
        { value: DONE, label: "Save and continue" },
        ...PROFILE_FIELDS.map((f) => ({ value: `organization.${f.key}`, label: `Change: ${f.key}`, hint: profileLabel(f.key, current.organization[f.key] ?? "-") })),
        ...[...questionnaire.questions.values()]
          .filter((q) => typeof current.answers[q.id] === "string")
          .map((q) => ({ value: q.id, label: `Change: ${q.id}`, hint: q.options.find((o) => o.value === current.answers[q.id])?.label })),
      ],
      DONE,
    );
    if (choice === DONE) return current;
    if (choice.startsWith("organization.")) await askProfileField(prompt, current, choice.slice("organization.".length) as ProfileField);
    else await askQuestion(prompt, current, questionnaire.questions.get(choice)!);
    current = dropHidden(current, questionnaire);
    // A changed answer can reveal questions (or a changed region list can drop the home region).
    for (const missing of missingAnswers(current, questionnaire)) {
      if (missing.id.startsWith("organization.")) await askProfileField(prompt, current, missing.id.slice("organization.".length) as ProfileField);
      else await askQuestion(prompt, current, questionnaire.questions.get(missing.id)!);
    }
    await save(current);
  }
}

function summary(answers: AnswersFile, questionnaire: Questionnaire): string {
  const lines = ["Organization"];
  for (const f of PROFILE_FIELDS) lines.push(`  ${f.key}: ${profileLabel(f.key, answers.organization[f.key] ?? "-")}`);
  for (const pillar of questionnaire.pillars) {
    lines.push("", pillar.title);
    for (const q of pillar.questions) {
      const value = answers.answers[q.id];
      if (value === undefined) continue;
      const option = q.options.find((o) => o.value === value);
      lines.push(`  ${q.id}: ${option?.label ?? value} (${option?.stage ?? "?"})`);
    }
  }
  return lines.join("\n");
}
