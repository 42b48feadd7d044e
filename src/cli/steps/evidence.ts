import { existsSync } from "node:fs";
import type { CheckMeta, Evidence } from "../../model/evidence.js";
import type { CompleteAnswers } from "../../questionnaire/answers.js";
import { loadCheckCatalog } from "../../verify/catalog.js";
import type { Context } from "../context.js";
import { resolveFrom } from "../parse-args.js";

/**
 * Evidence for the assessment: a saved file (--evidence), or a live scan when --verify says so
 * (or, in a terminal, when the person accepts the offer and credentials are available).
 */
export async function gatherEvidence(ctx: Context, answers: CompleteAnswers): Promise<{ evidence?: Evidence; checks: Map<string, CheckMeta> }> {
  const checks = existsSync(ctx.paths.checks) ? await loadCheckCatalog(ctx.paths.checks) : new Map<string, CheckMeta>();
  if (ctx.flags.evidence) {
    const { readEvidenceFile } = await import("../../verify/evidence-file.js");
    return { evidence: await readEvidenceFile(resolveFrom(ctx.cwd, ctx.flags.evidence)), checks };
  }
  if (ctx.flags["no-verify"] || (!ctx.flags.verify && !ctx.interactive)) return { checks };
  const { offerVerification } = await import("./verify-offer.js");
  const evidence = await offerVerification(ctx, answers);
  return { evidence, checks };
}
