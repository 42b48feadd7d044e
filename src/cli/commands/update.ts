import { existsSync } from "node:fs";
import { insidePath } from "../../fs/guarded.js";
import { withRepositoryLock } from "../../fs/lock.js";
import { join, relative } from "node:path";
import { colorsFor } from "../../colors.js";
import { UserError } from "../../errors.js";
import type { Evidence } from "../../model/evidence.js";
import { missingAnswers, readAnswersFile, requireComplete } from "../../questionnaire/answers.js";
import type { AnswersFile } from "../../questionnaire/answers-schema.js";
import { applyDefaults } from "../../questionnaire/defaults.js";
import { loadQuestionnaire } from "../../questionnaire/load.js";
import type { Questionnaire } from "../../questionnaire/model.js";
import { serializeAnswers } from "../../questionnaire/serialize.js";
import { applyOverrides } from "../../questionnaire/set-overrides.js";
import { ANSWERS_FILE, EVIDENCE_FILE, STATE_DIR, applyPlan, finishInterrupted, formatPlan, planConflicts, planHasChanges, planIsPending, planUpdate, uncommittedFiles } from "../../update/index.js";
import type { Context } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { resolveFrom } from "../parse-args.js";
import { today } from "../steps/answers.js";
import { dryRunText, repositoryTree } from "../steps/repository.js";

/**
 * `update [dir]`: regenerate a generated repository from its stored answers with this version,
 * keeping the user's edits. --dry-run shows the plan with diffs; --check only sets the exit code.
 */
export async function run(ctx: Context): Promise<ExitCode> {
  if (ctx.flags["dry-run"] || ctx.flags.check) return runUnlocked(ctx);
  const dir = resolveFrom(ctx.cwd, ctx.positionals[0] ?? ".");
  // The answers are read and the files written under one lock, so concurrent runs cannot mix them.
  return existsSync(join(dir, STATE_DIR)) ? withRepositoryLock(dir, "update", () => runUnlocked(ctx)) : runUnlocked(ctx);
}

async function runUnlocked(ctx: Context): Promise<ExitCode> {
  if (ctx.positionals.length > 1) throw new UserError(`update takes one folder, got ${ctx.positionals.join(" ")}`);
  const dir = resolveFrom(ctx.cwd, ctx.positionals[0] ?? ".");
  const rel = relative(ctx.cwd, dir) || ".";
  const readOnly = !!(ctx.flags["dry-run"] || ctx.flags.check);
  const out = (s: string) => ctx.io.stdout.write(s);
  const colors = ctx.colors;
  const pc = colorsFor(ctx.io.stderr, ctx.env);
  if (!existsSync(join(dir, STATE_DIR)))
    throw new UserError(`${rel} is not a create-zero-trust repository (it has no ${STATE_DIR}/ folder); generate one with: create-zero-trust ${rel}`);

  // An interrupted update is finished before anything is read: its answers may not be stored yet.
  if (!readOnly) {
    const recovery = await finishInterrupted(dir);
    if (recovery?.problem) ctx.io.stderr.write(`${pc.yellow("warning")} ${recovery.problem}\n`);
    else if (recovery) out(`Finished an interrupted update (${recovery.performed} file${recovery.performed === 1 ? "" : "s"} left to write).\n`);
    if (recovery?.diverged.length) ctx.io.stderr.write(`${pc.yellow("warning")} changed since the interrupted update started, kept with the new version beside them as .new: ${recovery.diverged.join(", ")}\n`);
  }

  const questionnaire = await loadQuestionnaire(ctx.paths.questionnaires);
  const answersFile = ctx.flags.answers ? resolveFrom(ctx.cwd, ctx.flags.answers) : await insidePath(dir, ANSWERS_FILE);
  if (!existsSync(answersFile))
    throw new UserError(`${join(rel, ANSWERS_FILE)} is missing, so the answers this repository was generated from are unknown; pass them with --answers FILE`);
  const answers = await updatedAnswers(ctx, questionnaire, await readAnswersFile(answersFile, questionnaire), answersFile);

  const { evidence, evidenceText } = await readEvidence(ctx, dir);
  // The check catalog only matters for findings: a no-op update without evidence skips loading it.
  const { tree, modules } = await repositoryTree(ctx, { questionnaire, answers, evidence });

  const plan = await planUpdate({
    dir,
    newTree: tree,
    answers: serializeAnswers(answers, questionnaire),
    toolVersion: ctx.version,
    modules: modules.map((m) => m.manifest.id),
    evidence: evidenceText,
    allowOlderTool: !!ctx.flags.force,
  });
  const conflicts = planConflicts(plan).length + plan.unresolved.length;
  for (const w of plan.warnings) ctx.io.stderr.write(`${pc.yellow("warning")} ${w}\n`);
  const shown = { ...plan, warnings: [] };

  if (readOnly) {
    if (ctx.flags.json) out(`${JSON.stringify(planJson(plan), null, 2)}\n`);
    else if (ctx.flags["dry-run"]) out(await dryRunText(ctx, rel, plan));
    else out(planIsPending(plan) || conflicts ? formatPlan(shown, { colors }) : `${rel} is up to date.\n`);
    if (!ctx.flags.check) return EXIT.ok;
    return conflicts ? EXIT.conflicts : planIsPending(plan) ? EXIT.pending : EXIT.ok;
  }

  const result = await applyPlan(dir, plan, { force: !!ctx.flags.force });
  if (ctx.flags.json) out(`${JSON.stringify({ ...planJson(plan), conflicts: result.conflicts }, null, 2)}\n`);
  else {
    out(planHasChanges(plan) ? `Updated ${rel}:\n${formatPlan(shown, { colors })}` : `${rel} is up to date; nothing was written.\n`);
    if (result.conflicts.length) out(conflictHelp(result.conflicts, (await uncommittedFiles(dir)) !== undefined));
  }
  return result.conflicts.length ? EXIT.conflicts : EXIT.ok;
}

/** Stored answers, then --set, --reanswer and whatever a newer questionnaire asks that they lack. */
async function updatedAnswers(ctx: Context, questionnaire: Questionnaire, stored: AnswersFile, file: string) {
  const text = (a: AnswersFile) => serializeAnswers({ ...a, assessedAt: undefined }, questionnaire);
  let answers = stored;
  if (ctx.flags.set?.length) answers = applyOverrides(answers, ctx.flags.set, questionnaire);
  if (ctx.flags.reanswer) {
    if (!ctx.interactive) throw new UserError("--reanswer opens the questionnaire and needs a terminal; without one, change answers with --set key=value");
    const { askQuestionnaire } = await import("../../questionnaire/ask/index.js");
    answers = await askQuestionnaire({ io: ctx.io, questionnaire, answers, save: async () => {}, title: "create-zero-trust · update: review your answers" });
  }
  if (missingAnswers(answers, questionnaire).length) {
    // A newer version can ask questions the stored answers predate.
    if (ctx.flags.yes) answers = applyDefaults(answers, questionnaire);
    else if (ctx.interactive) {
      const { askQuestionnaire } = await import("../../questionnaire/ask/index.js");
      answers = await askQuestionnaire({ io: ctx.io, questionnaire, answers, save: async () => {}, title: "create-zero-trust · update: new questions" });
    }
  }
  // The report date moves only when the answers do, so an update with nothing changed changes nothing.
  if (text(answers) !== text(stored) || !answers.assessedAt) answers = { ...answers, assessedAt: today(ctx.env) };
  return requireComplete(answers, questionnaire, file);
}

async function readEvidence(ctx: Context, dir: string): Promise<{ evidence?: Evidence; evidenceText?: string }> {
  const stored = await insidePath(dir, EVIDENCE_FILE);
  const file = ctx.flags.evidence ? resolveFrom(ctx.cwd, ctx.flags.evidence) : existsSync(stored) ? stored : undefined;
  if (!file) return {};
  const { readEvidenceFile } = await import("../../verify/evidence-file.js");
  const evidence = await readEvidenceFile(file);
  // Evidence given on the command line is stored, so the next update scores with it too.
  return { evidence, evidenceText: ctx.flags.evidence ? `${JSON.stringify(evidence, null, 2)}\n` : undefined };
}

function planJson(plan: Awaited<ReturnType<typeof planUpdate>>) {
  return {
    dir: plan.dir,
    changes: planHasChanges(plan),
    files: plan.actions.filter((a) => a.kind !== "unchanged").map((a) => ({ path: a.path, kind: a.kind, ...(a.note ? { note: a.note } : {}), ...(a.conflicts ? { conflicts: a.conflicts } : {}) })),
    unchanged: plan.actions.filter((a) => a.kind === "unchanged").length,
    unresolved: plan.unresolved,
    warnings: plan.warnings,
  };
}

function conflictHelp(conflicts: string[], inGit: boolean): string {
  const git = inGit ? " then `git add` each file (`git status` lists them as modified)" : "";
  return [
    "",
    `Conflicts left in ${conflicts.length} file${conflicts.length === 1 ? "" : "s"}:`,
    ...conflicts.map((c) => `  ${c}`),
    `Resolve each block between "<<<<<<< yours" and ">>>>>>> new" (binary files: compare with the .new file beside them and delete it),${git}.`,
    "",
  ].join("\n");
}
