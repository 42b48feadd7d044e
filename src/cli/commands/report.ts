import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { assess } from "../../assessment/score.js";
import { UserError } from "../../errors.js";
import type { Evidence } from "../../model/evidence.js";
import type { Roadmap } from "../../plan/model.js";
import { missingAnswers, readAnswersFile, type CompleteAnswers } from "../../questionnaire/answers.js";
import type { AnswersFile } from "../../questionnaire/answers-schema.js";
import { loadQuestionnaire } from "../../questionnaire/load.js";
import type { Questionnaire } from "../../questionnaire/model.js";
import { compareAssessments } from "../../report/compare.js";
import { outputWidth, wrapBlock } from "../../text/wrap.js";
import { formatComparison } from "../../report/format-comparison.js";
import { loadPrevious, readSavedAssessment } from "../../report/load-previous.js";
import { readRoadmap } from "../../report/read-inputs.js";
import { readEvidenceFile } from "../../verify/evidence-file.js";
import { REPORT_FILES, renderReport } from "../../report/render-report.js";
import type { SavedAssessment } from "../../report/saved.js";
import { exportPdf, openFile } from "../../report/pdf.js";
import { writeReportFiles } from "../../report/write.js";
import { recordCustomerAssessment } from "../../workshop/record.js";
import { listSnapshots, openCustomer, SNAPSHOT_FILES, type CustomerStore } from "../../workshop/store.js";
import { unansweredPillars } from "../../workshop/progress.js";
import type { Context } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { resolveFrom } from "../parse-args.js";
import { today } from "../steps/answers.js";
import { formatAssessment } from "../steps/print-assessment.js";
import { plannedRoadmap } from "../steps/repository.js";

const REPORT_PDF = "assessment/report.pdf";

interface ReportSource {
  answers: AnswersFile;
  evidence?: Evidence;
  roadmap?: Roadmap;
  outDir: string;
  store?: CustomerStore;
}

/** `report [dir]`: regenerate ASSESSMENT.md, report.html and assessment.json from saved answers and evidence. */
export async function run(ctx: Context): Promise<ExitCode> {
  const questionnaire = await loadQuestionnaire(ctx.paths.questionnaires);
  // The check catalog only sharpens contradictions; a build without it still reports.
  const source = await resolveSource(ctx, questionnaire);
  const { answers, evidence, store } = source;

  const open = unansweredPillars(questionnaire, answers);
  if (open.length)
    ctx.io.stderr.write(wrapBlock(`Note: ${open.map((p) => `${p.title} (${p.unanswered} unanswered)`).join(", ")}; their unanswered capabilities show as not assessed.\n`, outputWidth(ctx.io.stderr)));

  const organization = answers.organization.name ?? store?.name ?? "Unnamed organization";
  const assessment = assess({ questionnaire, answers, organization, evidence });
  const roadmap = source.roadmap ?? (await planRoadmap(ctx, questionnaire, answers, evidence));
  const date = answers.assessedAt ?? today(ctx.env);
  const previous = ctx.flags.compare ? await resolvePrevious(ctx, ctx.flags.compare, { store, date, questionnaire }) : undefined;

  const tree = renderReport({ assessment, answers, evidence, roadmap, date, toolVersion: ctx.version, previous });
  // A customer's assessment is always recorded in its folder (report and snapshot); --output adds a copy.
  const recorded = store ? await recordCustomerAssessment(store, { questionnaire, answers, evidence, report: tree, date }) : undefined;
  const snapshot = recorded?.snapshot;
  const written = store && source.outDir === store.paths.reportDir ? recorded!.written : await writeReportFiles(source.outDir, tree);
  const saved = JSON.parse(tree.get(REPORT_FILES.json) as string) as SavedAssessment;
  const comparison = previous ? compareAssessments(previous, saved) : undefined;
  const pdf = ctx.flags.pdf ? join(source.outDir, REPORT_PDF) : undefined;
  if (pdf) await exportPdf(join(source.outDir, REPORT_FILES.html), pdf, ctx.env);
  if (ctx.flags.open) openFile(pdf ?? join(source.outDir, REPORT_FILES.html));

  if (ctx.flags.json) {
    ctx.io.stdout.write(JSON.stringify({ dir: source.outDir, files: [...tree.keys()], written, ...(pdf ? { pdf } : {}), snapshot, report: saved, comparison }, null, 2) + "\n");
    return EXIT.ok;
  }
  const where = relative(ctx.cwd, source.outDir) || ".";
  const folder = where === "." ? "the current folder" : where;
  const width = outputWidth(ctx.io.stdout);
  ctx.io.stdout.write(formatAssessment(assessment, ctx.colors, width));
  ctx.io.stdout.write(
    wrapBlock(`\n${written.length ? `Wrote ${written.join(", ")} in ${folder}` : `The report in ${folder} is up to date`}.\nOpen ${join(where, REPORT_FILES.html)} in a browser, or print it for hand-over.\n`, width),
  );
  if (pdf) ctx.io.stdout.write(wrapBlock(`PDF: ${join(where, REPORT_PDF)}\n`, width));
  if (snapshot) ctx.io.stdout.write(wrapBlock(`Snapshot of this assessment: ${snapshot}\n`, width));
  if (comparison) ctx.io.stdout.write(`\n${formatComparison(comparison, ctx.colors)}`);
  return EXIT.ok;
}

async function resolveSource(ctx: Context, questionnaire: Questionnaire): Promise<ReportSource> {
  const { flags } = ctx;
  const output = flags.output ? resolveFrom(ctx.cwd, flags.output) : undefined;
  const evidenceFlag = flags.evidence ? resolveFrom(ctx.cwd, flags.evidence) : undefined;

  if (flags.customer) {
    const store = await openCustomer(ctx, flags.customer);
    // --answers / --evidence with --customer import those files into the customer's folder.
    if (flags.answers) await store.saveAnswers(await readAnswersFile(resolveFrom(ctx.cwd, flags.answers), questionnaire), questionnaire);
    if (evidenceFlag) {
      await readEvidenceFile(evidenceFlag);
      await store.saveEvidence(await readFile(evidenceFlag, "utf8"));
    }
    if (!existsSync(store.paths.answersFile))
      throw new UserError(
        store.exists()
          ? `customer "${store.name}" has no answers yet; start the workshop with: create-zero-trust assess --customer ${JSON.stringify(store.name)}`
          : `no customer "${flags.customer}" in the workshop folder (list them with: create-zero-trust customers)`,
      );
    return {
      answers: await readAnswersFile(store.paths.answersFile, questionnaire),
      evidence: existsSync(store.paths.evidenceFile) ? await readEvidenceFile(store.paths.evidenceFile) : undefined,
      outDir: output ?? store.paths.reportDir,
      store,
    };
  }
  if (flags.answers)
    return {
      answers: await readAnswersFile(resolveFrom(ctx.cwd, flags.answers), questionnaire),
      evidence: evidenceFlag ? await readEvidenceFile(evidenceFlag) : undefined,
      outDir: output ?? (ctx.positionals[0] ? resolveFrom(ctx.cwd, ctx.positionals[0]) : ctx.cwd),
    };

  const dir = resolveFrom(ctx.cwd, ctx.positionals[0] ?? ".");
  const answersFile = join(dir, ".zero-trust", "answers.yaml");
  if (!existsSync(answersFile))
    throw new UserError(
      `${relative(ctx.cwd, dir) || "."} is not a generated repository (no .zero-trust/answers.yaml); pass the repository folder, --answers FILE, or --customer NAME`,
    );
  const savedEvidence = join(dir, ".zero-trust", "evidence.json");
  const evidenceFile = evidenceFlag ?? (existsSync(savedEvidence) ? savedEvidence : undefined);
  return {
    answers: await readAnswersFile(answersFile, questionnaire),
    evidence: evidenceFile ? await readEvidenceFile(evidenceFile) : undefined,
    // The repository's own roadmap.json names the files it really holds.
    roadmap: await readRoadmap(join(dir, "roadmap.json")),
    outDir: output ?? dir,
  };
}

/** Without a repository, the roadmap is planned in memory (complete answers only: modules depend on the profile); nothing is rendered. */
async function planRoadmap(ctx: Context, questionnaire: Questionnaire, answers: AnswersFile, evidence?: Evidence): Promise<Roadmap | undefined> {
  if (missingAnswers(answers, questionnaire).length || !existsSync(ctx.paths.templates)) return undefined;
  return plannedRoadmap(ctx, { questionnaire, answers: answers as CompleteAnswers, evidence });
}

/** OLD: a file or folder; with --customer also a snapshot date or `previous` (the latest snapshot before this assessment). */
async function resolvePrevious(
  ctx: Context,
  old: string,
  opts: { store?: CustomerStore; date: string; questionnaire: Questionnaire },
): Promise<SavedAssessment> {
  const { store } = opts;
  if (store && (old === "previous" || /^\d{4}-\d{2}-\d{2}(-\d+)?$/.test(old))) {
    const dates = await listSnapshots(store);
    const pick = old === "previous" ? dates.filter((d) => d < opts.date).at(-1) : dates.find((d) => d === old);
    if (!pick)
      throw new UserError(
        old === "previous"
          ? `customer "${store.name}" has no assessment before ${opts.date} to compare with`
          : `customer "${store.name}" has no snapshot of ${old}; snapshots: ${dates.join(", ") || "none"}`,
      );
    return readSavedAssessment(join(store.paths.snapshots, pick, SNAPSHOT_FILES.assessment));
  }
  return loadPrevious(resolveFrom(ctx.cwd, old), { questionnaire: opts.questionnaire, toolVersion: ctx.version });
}
