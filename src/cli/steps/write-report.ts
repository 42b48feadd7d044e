import { join } from "node:path";
import type { Assessment } from "../../assessment/model.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import type { Evidence } from "../../model/evidence.js";
import type { Roadmap } from "../../plan/model.js";
import type { CompleteAnswers } from "../../questionnaire/answers.js";
import type { FileTree } from "../../render/tree.js";
import type { Context } from "../context.js";

export interface ReportInput {
  assessment: Assessment;
  answers: CompleteAnswers;
  evidence?: Evidence;
  roadmap?: Roadmap;
}

/**
 * The report files (ASSESSMENT.md, assessment/report.html, assessment/assessment.json) as a tree.
 * Inside a generated repository they leave the version out: the manifest records it, once.
 */
export async function reportTree(ctx: Context, input: ReportInput, where: "repository" | "standalone" = "standalone"): Promise<FileTree> {
  const { renderReport } = await import("../../report/index.js");
  return renderReport({ ...input, date: input.answers.assessedAt!, toolVersion: where === "standalone" ? ctx.version : undefined });
}

/** `assess` writes the report beside the answers (the generated repository gets it through its tree instead). */
export async function writeAssessmentFiles(ctx: Context, dir: string, input: ReportInput): Promise<string[]> {
  const tree = await reportTree(ctx, input);
  for (const [path, content] of tree) await writeFileAtomic(join(dir, path), content);
  return [...tree.keys()];
}
