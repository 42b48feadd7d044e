import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { assess } from "../assessment/score.js";
import { readSource, validateSource } from "../data-file.js";
import { UserError } from "../errors.js";
import { readAnswersFile } from "../questionnaire/answers.js";
import type { Questionnaire } from "../questionnaire/model.js";
import { readEvidenceFile } from "../verify/evidence-file.js";
import { readRoadmap } from "./read-inputs.js";
import { ASSESSMENT_JSON, savedAssessmentSchema, toSavedAssessment, type SavedAssessment } from "./saved.js";

export interface PreviousContext {
  questionnaire: Questionnaire;
  toolVersion?: string;
}

/** An assessment.json written by `report` (or a customer snapshot). */
export async function readSavedAssessment(file: string): Promise<SavedAssessment> {
  return validateSource(await readSource(file, "assessment file"), savedAssessmentSchema, "assessment file") as unknown as SavedAssessment;
}

/**
 * The older side of `report --compare OLD`: an assessment.json file, a folder holding one (a
 * customer snapshot, a report folder, a customer folder), or a generated repository, whose saved
 * answers and evidence are scored again when it has no assessment.json.
 */
export async function loadPrevious(path: string, ctx: PreviousContext): Promise<SavedAssessment> {
  if (!existsSync(path)) throw new UserError(`--compare ${path}: no such file or folder; expected an assessment.json, a customer snapshot or a generated repository`);
  if (!statSync(path).isDirectory()) return readSavedAssessment(path);
  for (const candidate of [join(path, ASSESSMENT_JSON), join(path, "assessment.json"), join(path, "report", ASSESSMENT_JSON)])
    if (existsSync(candidate)) return readSavedAssessment(candidate);
  const answersFile = join(path, ".zero-trust", "answers.yaml");
  if (existsSync(answersFile)) {
    const answers = await readAnswersFile(answersFile, ctx.questionnaire);
    const evidenceFile = join(path, ".zero-trust", "evidence.json");
    const evidence = existsSync(evidenceFile) ? await readEvidenceFile(evidenceFile) : undefined;
    const roadmap = await readRoadmap(join(path, "roadmap.json"));
    const assessment = assess({ questionnaire: ctx.questionnaire, answers, organization: answers.organization.name ?? "", evidence });
    return toSavedAssessment({ assessment, evidence, roadmap, date: answers.assessedAt ?? "unknown date", toolVersion: ctx.toolVersion });
  }
  throw new UserError(`--compare ${path}: the folder holds no ${ASSESSMENT_JSON}, assessment.json or .zero-trust/answers.yaml`);
}
