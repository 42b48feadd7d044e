import { assess } from "../assessment/score.js";
import type { AnswersFile } from "../questionnaire/answers-schema.js";
import type { Questionnaire } from "../questionnaire/model.js";
import { pillarProgress } from "./progress.js";

/**
 * Results after a partial workshop: the pillars fully answered so far with their stage (from the
 * answers alone), the rest marked "not assessed" with how far they got.
 */
export function formatInterim(questionnaire: Questionnaire, answers: AnswersFile, organization: string): string {
  const assessment = assess({ questionnaire, answers, organization });
  const progress = pillarProgress(questionnaire, answers);
  const done = progress.filter((p) => p.unanswered === 0);
  const rows = progress.map((p) => {
    const pillar = assessment.pillars.find((r) => r.id === p.id)!;
    return [p.title, p.unanswered === 0 ? `${pillar.answeredStage} (answers, unverified)` : `not assessed (${p.answered} of ${p.visible} answered)`];
  });
  const width = Math.max(...rows.map((r) => r[0]!.length));
  return [
    `Interim results for ${organization}: ${done.length} of ${progress.length} pillars assessed`,
    "",
    ...rows.map(([title, status]) => `  ${title!.padEnd(width)}  ${status}`),
    "",
    "No overall stage until every pillar is answered.",
    "",
  ].join("\n");
}
