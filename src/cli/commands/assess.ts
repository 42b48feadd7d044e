import { join } from "node:path";
import { assess } from "../../assessment/score.js";
import { loadQuestionnaire } from "../../questionnaire/load.js";
import type { Context } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { DEFAULT_ANSWERS_FILE, resolveAnswers } from "../steps/answers.js";
import { formatAssessment } from "../steps/print-assessment.js";
import { reportTree, writeAssessmentFiles } from "../steps/write-report.js";
import { gatherEvidence } from "../steps/evidence.js";
import { outputWidth, wrapBlock } from "../../text/wrap.js";

/** `assess`: questionnaire and scoring only (plus evidence when given or verified). */
export async function run(ctx: Context): Promise<ExitCode> {
  const questionnaire = await loadQuestionnaire(ctx.paths.questionnaires);
  const resolved = await resolveAnswers(ctx, questionnaire, { defaultFile: join(ctx.cwd, DEFAULT_ANSWERS_FILE), title: "create-zero-trust · Zero Trust assessment" });
  if (!resolved) return EXIT.ok;
  const { evidence } = await gatherEvidence(ctx, resolved.answers);
  const assessment = assess({ questionnaire, answers: resolved.answers, organization: resolved.answers.organization.name, evidence });
  if (ctx.flags.json) {
    ctx.io.stdout.write(JSON.stringify(assessment, null, 2) + "\n");
    return EXIT.ok;
  }
  const width = outputWidth(ctx.io.stdout);
  ctx.io.stdout.write(formatAssessment(assessment, ctx.colors, width));
  if (ctx.flags.customer) {
    // Workshop mode: the report and a dated snapshot go to the customer's folder, for --compare later.
    const { openCustomer, recordCustomerAssessment } = await import("../../workshop/index.js");
    const store = await openCustomer(ctx, ctx.flags.customer);
    const report = await reportTree(ctx, { assessment, answers: resolved.answers, evidence });
    const recorded = await recordCustomerAssessment(store, { questionnaire, answers: resolved.answers, evidence, report, date: resolved.answers.assessedAt! });
    ctx.io.stdout.write(`\n${wrapBlock(`Report in ${store.paths.reportDir}; snapshot ${recorded.snapshot}`, width)}\n`);
    return EXIT.ok;
  }
  const written = await writeAssessmentFiles(ctx, ctx.cwd, { assessment, answers: resolved.answers, evidence });
  ctx.io.stdout.write(`\n${wrapBlock(`Wrote ${written.join(", ")}`, width)}\n`);
  return EXIT.ok;
}
