import { existsSync } from "node:fs";
import type { Evidence } from "../../model/evidence.js";
import type { CompleteAnswers } from "../../questionnaire/answers.js";
import type { Context } from "../context.js";
import { resolveFrom } from "../parse-args.js";

/**
 * Evidence for the assessment: a saved file (--evidence), or a live scan when --verify says so
 * (or, in a terminal, when the person accepts the offer and credentials are available).
 */
export async function gatherEvidence(ctx: Context, answers: CompleteAnswers): Promise<{ evidence?: Evidence }> {
  if (ctx.flags.evidence) {
    const { readEvidenceFile } = await import("../../verify/evidence-file.js");
    return { evidence: await readEvidenceFile(resolveFrom(ctx.cwd, ctx.flags.evidence)) };
  }
  const saved = await customerEvidence(ctx);
  if (ctx.flags["no-verify"] || (!ctx.flags.verify && !ctx.interactive)) return { evidence: saved };
  const { offerVerification } = await import("./verify-offer.js");
  const evidence = await offerVerification(ctx, answers);
  return { evidence: evidence ?? saved };
}

/** A workshop customer's last scan, so a consultant can scan once on site and work offline afterwards. */
async function customerEvidence(ctx: Context): Promise<Evidence | undefined> {
  if (!ctx.flags.customer) return undefined;
  const { openCustomer } = await import("../../workshop/index.js");
  const file = (await openCustomer(ctx, ctx.flags.customer)).paths.evidenceFile;
  if (!existsSync(file)) return undefined;
  const { readEvidenceFile } = await import("../../verify/evidence-file.js");
  return readEvidenceFile(file);
}
