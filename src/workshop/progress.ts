import type { PillarId } from "../model/pillars.js";
import type { AnswersFile } from "../questionnaire/answers-schema.js";
import { isVisible } from "../questionnaire/conditions.js";
import type { Questionnaire } from "../questionnaire/model.js";

export interface PillarProgress {
  id: PillarId;
  title: string;
  /** Questions shown with the current answers (conditions can hide some). */
  visible: number;
  answered: number;
  unanswered: number;
}

/** Per pillar, how many of its visible questions are answered: the facilitator's view of a split workshop. */
export function pillarProgress(questionnaire: Questionnaire, answers: AnswersFile): PillarProgress[] {
  return questionnaire.pillars.map((p) => {
    const visible = p.questions.filter((q) => isVisible(q, answers));
    const answered = visible.filter((q) => answers.answers[q.id] !== undefined).length;
    return { id: p.id, title: p.title, visible: visible.length, answered, unanswered: visible.length - answered };
  });
}

/** The pillars that still have visible unanswered questions, in questionnaire order. */
export const unansweredPillars = (questionnaire: Questionnaire, answers: AnswersFile): PillarProgress[] =>
  pillarProgress(questionnaire, answers).filter((p) => p.unanswered > 0);
