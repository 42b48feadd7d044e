import { UserError } from "../errors.js";
import { refuseDirtyFiles } from "./git.js";
import { buildJournal, readJournal, removeStrayTemps, runJournal, writeJournal, type RunHooks, type RunResult } from "./journal.js";
import { JOURNAL_FILE } from "./paths.js";
import { fileOps, planHasChanges, type UpdatePlan } from "./plan.js";
import { existsInside, removeInside } from "../fs/guarded.js";

export interface ApplyOptions extends RunHooks {
  /** Write over files with uncommitted git changes. */
  force?: boolean;
}

export interface ApplyResult extends RunResult {
  /** Paths left with conflict markers (or a `.new` file beside them). */
  conflicts: string[];
}

/**
 * Applies a plan: checks git (unless force), writes the journal, then the files, the base and the
 * state (journal.ts). A plan without changes writes nothing at all.
 */
export async function applyPlan(dir: string, plan: UpdatePlan, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const conflicts = [...plan.actions.filter((a) => a.kind === "conflict").map((a) => a.path), ...plan.unresolved];
  if (!planHasChanges(plan)) return { performed: 0, diverged: [], conflicts };
  if (plan.interrupted || (await existsInside(dir, JOURNAL_FILE)))
    throw new UserError(`an interrupted update must be finished first (${JOURNAL_FILE} is present): run create-zero-trust update again`);
  if (!opts.force) await refuseDirtyFiles(dir, fileOps(plan).map((o) => o.path));
  const journal = buildJournal(plan);
  await writeJournal(dir, journal);
  const result = await runJournal(dir, journal, opts);
  return { ...result, conflicts: [...conflicts, ...result.diverged] };
}

export interface Recovery extends RunResult {
  /** Set when the journal itself was unreadable (it is removed; the update then plans afresh). */
  problem?: string;
}

/**
 * Finishes an update that was interrupted (killed) before it completed, from its journal.
 * Returns undefined when there is nothing to finish.
 */
export async function finishInterrupted(dir: string, hooks: RunHooks = {}): Promise<Recovery | undefined> {
  const read = await readJournal(dir);
  if (read.journal) {
    await removeStrayTemps(dir, read.journal);
    return runJournal(dir, read.journal, hooks);
  }
  if (read.problem) {
    // Files are each either old or new (atomic writes) and the base was not replaced yet, so a
    // fresh plan merges whatever was already written: no edit is lost without the journal.
    await removeInside(dir, JOURNAL_FILE);
    return { performed: 0, diverged: [], problem: `${JOURNAL_FILE} is ${read.problem}; it was removed and the update is planned afresh` };
  }
  return undefined;
}
