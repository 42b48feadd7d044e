import { readdir } from "node:fs/promises";
import { UserError } from "../errors.js";
import type { Evidence } from "../model/evidence.js";
import type { AnswersFile } from "../questionnaire/answers-schema.js";
import type { Questionnaire } from "../questionnaire/model.js";
import { serializeAnswers } from "../questionnaire/serialize.js";
import type { FileTree } from "../render/tree.js";
import { applyPlan, finishInterrupted, type Recovery } from "./apply.js";
import type { ActionKind } from "./decide.js";
import { formatPlan } from "./format.js";
import { STATE_DIR } from "./paths.js";
import { planConflicts, planUpdate, type UpdatePlan } from "./plan.js";
import { existsInside } from "../fs/guarded.js";
import { LOCK_FILE, withRepositoryLock } from "../fs/lock.js";
import type { RunHooks } from "./journal.js";

export interface GenerateOptions extends RunHooks {
  dir: string;
  tree: FileTree;
  /** The answers to store as `.zero-trust/answers.yaml`: an answers object (with the questionnaire that orders it) or the file's text. */
  answers: AnswersFile | string;
  questionnaire?: Questionnaire;
  /** Stored as `.zero-trust/evidence.json` so `update` scores with the same evidence. */
  evidence?: Evidence;
  /** Selected module ids, recorded in the manifest. */
  modules?: string[];
  toolVersion: string;
  /** Write into a non-empty folder that is not a previous output, and over uncommitted git changes. */
  force?: boolean;
  /** Plan only: nothing is written (the result's `report` has the plan with diffs). */
  dryRun?: boolean;
}

/** JSON-friendly outcome of a generation or update. */
export interface GenerateResult {
  dir: string;
  /** No previous state: a first generation. */
  fresh: boolean;
  dryRun: boolean;
  files: { path: string; kind: ActionKind; note?: string }[];
  /** Paths left with conflict markers (or a `.new` file beside them). */
  conflicts: string[];
  warnings: string[];
  /** Files an interrupted earlier run had left, finished first. */
  recovered?: number;
  /** The plan as text (with unified diffs when dryRun). */
  report: string;
}

/**
 * The one place a generated repository is written, first time or again: a fresh folder is an
 * update with no stored state. Refuses a non-empty folder that is not a previous output unless
 * force (then files already there are merged, never overwritten); a previous output is updated
 * with the 3-way merge.
 */
export async function generateInto(opts: GenerateOptions): Promise<GenerateResult> {
  const { dir } = opts;
  const previous = await existsInside(dir, STATE_DIR);
  if (!previous && !opts.force) {
    const entries = await readdir(dir).catch(() => [] as string[]);
    const other = entries.filter((e) => e !== ".git" && e !== ".DS_Store" && e !== LOCK_FILE);
    if (other.length)
      throw new UserError(`${dir} is not empty and is not a create-zero-trust repository; choose another folder, or pass --force (files already there are merged with the generated ones, never overwritten)`);
  }
  const answers = typeof opts.answers === "string" ? opts.answers : serializeFor(opts.answers, opts.questionnaire);
  return opts.dryRun ? write(opts, answers) : withRepositoryLock(dir, "create", () => write(opts, answers));
}

async function write(opts: GenerateOptions, answers: string): Promise<GenerateResult> {
  const { dir } = opts;
  let recovery: Recovery | undefined;
  if (!opts.dryRun) recovery = await finishInterrupted(dir, opts);
  const plan = await planUpdate({
    dir,
    newTree: opts.tree,
    answers,
    toolVersion: opts.toolVersion,
    modules: opts.modules,
    evidence: opts.evidence ? `${JSON.stringify(opts.evidence, null, 2)}\n` : undefined,
    allowOlderTool: opts.force,
  });
  const warnings = [...(recovery?.problem ? [recovery.problem] : []), ...plan.warnings];
  if (opts.dryRun) return summarize(plan, { dryRun: true, warnings, conflicts: planConflicts(plan).map((a) => a.path) });
  const applied = await applyPlan(dir, plan, opts);
  return summarize(plan, { dryRun: false, warnings, conflicts: [...(recovery?.diverged ?? []), ...applied.conflicts], recovered: recovery?.performed });
}

function serializeFor(answers: AnswersFile, questionnaire: Questionnaire | undefined): string {
  if (!questionnaire) throw new Error("generateInto: pass the questionnaire with an answers object (it orders the stored answers file)");
  return serializeAnswers(answers, questionnaire);
}

export function summarize(plan: UpdatePlan, extra: { dryRun: boolean; warnings: string[]; conflicts: string[]; recovered?: number }): GenerateResult {
  return {
    dir: plan.dir,
    fresh: plan.fresh,
    dryRun: extra.dryRun,
    files: plan.actions.map((a) => ({ path: a.path, kind: a.kind, ...(a.note ? { note: a.note } : {}) })),
    conflicts: [...new Set(extra.conflicts)],
    warnings: extra.warnings,
    ...(extra.recovered ? { recovered: extra.recovered } : {}),
    report: formatPlan(plan, { diffs: extra.dryRun }),
  };
}
