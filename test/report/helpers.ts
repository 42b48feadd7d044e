import { assess } from "../../src/assessment/score.js";
import type { Evidence } from "../../src/model/evidence.js";
import type { Roadmap } from "../../src/plan/model.js";
import type { AnswersFile } from "../../src/questionnaire/answers-schema.js";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import type { Questionnaire } from "../../src/questionnaire/model.js";
import type { ReportInput } from "../../src/report/data.js";
import { toSavedAssessment, type SavedAssessment } from "../../src/report/saved.js";
import * as fx from "./fixtures/scenario.js";

let cached: Questionnaire | undefined;
export const fixtureQuestionnaire = async () => (cached ??= await loadQuestionnaire(fx.FIXTURE_QUESTIONNAIRES));

export async function reportInput(opts: { answers: AnswersFile; evidence?: Evidence; roadmap?: Roadmap; previous?: SavedAssessment }): Promise<ReportInput> {
  const questionnaire = await fixtureQuestionnaire();
  const assessment = assess({ questionnaire, answers: opts.answers, organization: opts.answers.organization.name!, evidence: opts.evidence });
  return { assessment, answers: opts.answers, evidence: opts.evidence, roadmap: opts.roadmap, date: opts.answers.assessedAt!, toolVersion: "0.1.0", previous: opts.previous };
}

export async function savedBefore(): Promise<SavedAssessment> {
  const input = await reportInput({ answers: fx.beforeAnswers(), evidence: fx.beforeEvidence() });
  return toSavedAssessment(input);
}

/** The September assessment with roadmap and progress since March: every section of the report. */
export async function fullInput(): Promise<ReportInput> {
  return reportInput({ answers: fx.afterAnswers(), evidence: fx.afterEvidence(), roadmap: fx.fixtureRoadmap(), previous: await savedBefore() });
}
