import { assess } from "../assessment/score.js";
import type { Evidence } from "../model/evidence.js";
import { planRoadmap, type Plan } from "../plan/plan.js";
import type { CompleteAnswers } from "../questionnaire/answers.js";
import type { Questionnaire } from "../questionnaire/model.js";
import { loadModules } from "../render/load-modules.js";
import type { ModuleCatalog } from "../render/manifest-schema.js";
import { renderRepository, type RenderResult } from "../render/render.js";

export interface PipelineInput {
  questionnaire: Questionnaire;
  answers: CompleteAnswers;
  evidence?: Evidence;
  templatesDir: string;
  toolVersion: string;
  /** How many roadmap steps run at once. */
  capacity?: number;
  /** Already loaded (and checked against this questionnaire) modules: tests load once, render many times. */
  catalog?: ModuleCatalog;
}

/** answers + evidence -> assessment -> plan: what `report` needs, without rendering a template. */
export async function planStage(input: PipelineInput) {
  const { questionnaire, answers, evidence } = input;
  const catalog = input.catalog ?? (await loadModules(input.templatesDir, { questionnaire }));
  const assessment = assess({ questionnaire, answers, organization: answers.organization.name, evidence });
  const plan: Plan = planRoadmap({ questionnaire, answers, organization: answers.organization.name, evidence, assessment, catalog, capacity: input.capacity });
  return { catalog, assessment, plan };
}

/** The one pipeline create, update and the tests share: assessment, plan, then the in-memory file tree. */
export async function buildRepository(input: PipelineInput): Promise<RenderResult & Awaited<ReturnType<typeof planStage>>> {
  const staged = await planStage(input);
  const rendered = await renderRepository({ answers: input.answers, assessment: staged.assessment, plan: staged.plan, catalog: staged.catalog, toolVersion: input.toolVersion });
  return { ...staged, ...rendered };
}
