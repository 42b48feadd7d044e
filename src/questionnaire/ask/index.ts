import type { Readable, Writable } from "node:stream";
import { PROFILE_FIELDS } from "../answers.js";
import type { AnswersFile } from "../answers-schema.js";
import { isVisible } from "../conditions.js";
import type { Pillar, Questionnaire } from "../model.js";
import { askNote } from "./ask-note.js";
import { askProfileField } from "./ask-profile.js";
import { askQuestion, type QuestionDisplay } from "./ask-question.js";
import { createPrompter, type Prompter } from "./prompter.js";
import { reviewAnswers } from "./review.js";

export { Cancelled } from "./cancelled.js";

export interface AskOptions {
  io: { stdin: Readable; stdout: Writable };
  questionnaire: Questionnaire;
  answers: AnswersFile;
  /** Called after every answer, so Ctrl-C or a crash loses at most the question on screen. */
  save: (answers: AnswersFile) => Promise<void>;
  /** Ask only these pillars (workshops split by team); the review then lists what is still unanswered. */
  pillars?: string[];
  title: string;
  /** Where answers are being saved, shown in the intro so people know how to resume. */
  savedTo?: string;
  /** The command that resumes these answers, for the way the tool was started (npx/npm create). */
  resumeHint?: string;
  /** Re-interview: walk through every (selected) pillar's questions with the previous answers preselected. */
  reanswer?: boolean;
  /** Hide stage labels while asking (workshops: they sway a customer). */
  hideStages?: boolean;
  /** Ask for an optional note after each answer and at the end of each pillar. */
  notes?: boolean;
}

/** The guided questionnaire: intro, profile, each pillar with its principle and progress, review. */
export async function askQuestionnaire(opts: AskOptions): Promise<AnswersFile> {
  const prompt = createPrompter(opts.io);
  const { questionnaire } = opts;
  const answers: AnswersFile = structuredClone(opts.answers);
  const display: QuestionDisplay = { columns: (opts.io.stdout as { columns?: number }).columns ?? 80, hideStages: opts.hideStages ?? false, notes: opts.notes ?? false };
  prompt.intro(opts.title);
  const found = Object.keys(answers.answers).length;
  if (found) prompt.info(opts.reanswer ? `Re-interview: ${found} previous answers preselected; Enter keeps one.` : `Resuming: ${found} answers found.`);
  if (opts.savedTo) prompt.info(`Answers are saved as you go to ${opts.savedTo}; press Ctrl-C at any time and resume later${opts.resumeHint ? ` with: ${opts.resumeHint}` : "."}`);

  const profileMissing = PROFILE_FIELDS.filter((f) => answers.organization[f.key] === undefined);
  if (profileMissing.length) {
    prompt.step("Organization profile");
    for (const f of profileMissing) {
      await askProfileField(prompt, answers, f.key);
      await opts.save(answers);
    }
  }

  const pillars = questionnaire.pillars.filter((p) => !opts.pillars || opts.pillars.includes(p.id));
  for (const pillar of pillars) {
    if (!opts.reanswer && !pillar.questions.some((q) => isVisible(q, answers) && answers.answers[q.id] === undefined)) continue;
    await askPillar(prompt, pillar, `pillar ${questionnaire.pillars.indexOf(pillar) + 1} of ${questionnaire.pillars.length}`, answers, { ...opts, display });
  }
  return reviewAnswers(prompt, answers, questionnaire, opts.save, display);
}

async function askPillar(prompt: Prompter, pillar: Pillar, progress: string, answers: AnswersFile, opts: AskOptions & { display: QuestionDisplay }): Promise<void> {
  prompt.note(`${pillar.principle}\nAWS services and patterns: ${pillar.services.join(", ")}`, `${pillar.title} (${progress})`);
  // Visibility is re-evaluated after each answer: an answer can reveal or hide later questions.
  for (const q of pillar.questions) {
    if ((!opts.reanswer && answers.answers[q.id] !== undefined) || !isVisible(q, answers)) continue;
    await askQuestion(prompt, answers, q, opts.display);
    await opts.save(answers);
  }
  if (opts.display.notes) {
    await askNote(prompt, answers, pillar.id, `Note on the ${pillar.title} pillar as a whole`);
    await opts.save(answers);
  }
}
