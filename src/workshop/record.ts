import type { Evidence } from "../model/evidence.js";
import type { AnswersFile } from "../questionnaire/answers-schema.js";
import type { Questionnaire } from "../questionnaire/model.js";
import { serializeAnswers } from "../questionnaire/serialize.js";
import type { FileTree } from "../render/tree.js";
import { ASSESSMENT_JSON } from "../report/saved.js";
import { writeReportFiles } from "../report/write.js";
import { saveSnapshot, type CustomerStore } from "./store.js";

export interface RecordedAssessment {
  /** Report paths rewritten (unchanged files are left alone). */
  written: string[];
  snapshot: string;
}

/**
 * After a customer's assessment: keep the answers and evidence, write the report into the
 * customer's report folder, and snapshot the day's assessment for later `--compare previous`.
 * `report` (the tree from renderReport) must hold assessment/assessment.json.
 */
export async function recordCustomerAssessment(
  store: CustomerStore,
  input: { questionnaire: Questionnaire; answers: AnswersFile; evidence?: Evidence; report: FileTree; date: string },
): Promise<RecordedAssessment> {
  const assessment = input.report.get(ASSESSMENT_JSON);
  if (typeof assessment !== "string") throw new Error(`the report tree has no ${ASSESSMENT_JSON}`);
  const answers = serializeAnswers(input.answers, input.questionnaire);
  const evidence = input.evidence ? JSON.stringify(input.evidence, null, 2) + "\n" : undefined;
  await store.saveAnswers(input.answers, input.questionnaire);
  if (evidence) await store.saveEvidence(evidence);
  const written = await writeReportFiles(store.paths.reportDir, input.report);
  const snapshot = await saveSnapshot(store, { date: input.date, answers, evidence, assessment });
  return { written, snapshot };
}
