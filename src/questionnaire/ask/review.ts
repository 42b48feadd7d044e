import { PROFILE_FIELDS, dropHidden, missingAnswers } from "../answers.js";
import type { AnswersFile } from "../answers-schema.js";
import { isVisible } from "../conditions.js";
import type { Question, Questionnaire } from "../model.js";
import { askProfileField, profileLabel, type ProfileField } from "./ask-profile.js";
import { askQuestion, type QuestionDisplay } from "./ask-question.js";
import type { Prompter } from "./prompter.js";

const DONE = "__done__";

/**
 * clack has no "back" key, so mistakes are fixed here: every answer is listed, any one can be
 * changed, and questions that a change makes visible are asked before returning to the list.
 */
export async function reviewAnswers(prompt: Prompter, answers: AnswersFile, questionnaire: Questionnaire, save: (a: AnswersFile) => Promise<void>, display: QuestionDisplay): Promise<AnswersFile> {
  let current = answers;
  for (;;) {
    prompt.note(summary(current, questionnaire), "Review your answers");
    const unanswered = questionnaire.pillars.filter((p) => p.questions.some((q) => isVisible(q, current) && current.answers[q.id] === undefined));
    if (unanswered.length) prompt.warn(`Pillars with unanswered questions: ${unanswered.map((p) => p.title).join(", ")}`);
    // Searchable, grouped by pillar (the label starts with the pillar's title): typing "mfa" or
    // "network." narrows some 70 answers to the few meant.
    const choice = await prompt.search<string>(
      "Save these answers, or change one? (type to filter)",
      [
        { value: DONE, label: "Save and continue" },
        ...PROFILE_FIELDS.map((f) => ({ value: `organization.${f.key}`, label: `Organization · ${f.key}`, hint: profileLabel(f.key, current.organization[f.key] ?? "-") })),
        ...questionnaire.pillars.flatMap((p) =>
          p.questions
            .filter((q) => typeof current.answers[q.id] === "string")
            .map((q) => ({ value: q.id, label: `${p.title} · ${q.id} · ${q.prompt}`, hint: answerLabel(current, q) })),
        ),
      ],
      DONE,
    );
    if (choice === DONE) return current;
    if (choice.startsWith("organization.")) await askProfileField(prompt, current, choice.slice("organization.".length) as ProfileField);
    else await askQuestion(prompt, current, questionnaire.questions.get(choice)!, display);
    current = dropHidden(current, questionnaire);
    // A changed answer can reveal questions (or a changed region list can drop the home region).
    for (const missing of missingAnswers(current, questionnaire)) {
      if (missing.id.startsWith("organization.")) await askProfileField(prompt, current, missing.id.slice("organization.".length) as ProfileField);
      else await askQuestion(prompt, current, questionnaire.questions.get(missing.id)!, display);
    }
    await save(current);
  }
}

/** One line per pillar (the answers themselves are in the searchable list below it). */
function summary(answers: AnswersFile, questionnaire: Questionnaire): string {
  const lines = [`Organization: ${PROFILE_FIELDS.map((f) => profileLabel(f.key, answers.organization[f.key] ?? "-")).join(" · ")}`];
  for (const pillar of questionnaire.pillars) {
    const visible = pillar.questions.filter((q) => isVisible(q, answers));
    const answered = visible.filter((q) => answers.answers[q.id] !== undefined);
    const unsure = answered.filter((q) => answers.unsure?.includes(q.id)).length;
    lines.push(`${pillar.title}: ${answered.length} of ${visible.length} answered${unsure ? `, ${unsure} not sure` : ""}`);
  }
  return lines.join("\n");
}

function answerLabel(answers: AnswersFile, q: Question): string {
  if (answers.unsure?.includes(q.id)) return "not sure";
  return q.options.find((o) => o.value === answers.answers[q.id])?.label ?? String(answers.answers[q.id]);
}
