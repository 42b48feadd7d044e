import type { Evidence } from "../../model/evidence.js";
import type { CompleteAnswers } from "../../questionnaire/answers.js";
import type { Questionnaire } from "../../questionnaire/model.js";
import type { UpdatePlan } from "../../update/plan.js";
import type { Context } from "../context.js";
import { reportTree } from "./write-report.js";

export interface RepositoryInput {
  questionnaire: Questionnaire;
  answers: CompleteAnswers;
  evidence?: Evidence;
}

const pipelineOptions = (ctx: Context) => ({ templatesDir: ctx.paths.templates, toolVersion: ctx.version, capacity: ctx.flags.capacity ? Number(ctx.flags.capacity) : undefined });

/** `create` and `update`: the whole pipeline, then the report files join the tree. */
export async function repositoryTree(ctx: Context, input: RepositoryInput) {
  const { buildRepository } = await import("../../pipeline/build.js");
  const built = await buildRepository({ ...input, ...pipelineOptions(ctx) });
  const { assessment, roadmap } = built;
  for (const [path, content] of await reportTree(ctx, { assessment, answers: input.answers, evidence: input.evidence, roadmap }, "repository")) built.tree.set(path, content);
  return built;
}

/** `report` without a repository: the pipeline up to the plan, no template rendered. */
export async function plannedRoadmap(ctx: Context, input: RepositoryInput) {
  const { planStage } = await import("../../pipeline/build.js");
  return (await planStage({ ...input, ...pipelineOptions(ctx) })).plan.roadmap;
}

/**
 * What every dry run prints: the writer's one list of changes (create, update, delete, conflict),
 * with diffs against files already there. Warnings go to stderr (the caller prints them).
 */
export async function dryRunText(ctx: Context, rel: string, plan: UpdatePlan): Promise<string> {
  const { formatPlan } = await import("../../update/index.js");
  return `Changes to ${rel} (dry run: nothing is written)\n${formatPlan({ ...plan, warnings: [] }, { diffs: !plan.fresh, colors: ctx.colors })}`;
}
