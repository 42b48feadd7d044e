/** Writing a generated repository to disk: first time or again, keeping the user's edits (3-way merge). */
export { planUpdate, planHasChanges, planIsPending, planChangesFiles, planConflicts, fileOps, TOOL_NAME, type PlanInput, type UpdatePlan, type StateChanges } from "./plan.js";
export { applyPlan, finishInterrupted, type ApplyOptions, type ApplyResult, type Recovery } from "./apply.js";
export { generateInto, summarize, type GenerateOptions, type GenerateResult } from "./generate.js";
export { formatPlan, summaryLine, type FormatOptions } from "./format.js";
export { decideFile, type ActionKind, type FileAction, type FileVersions } from "./decide.js";
export { merge3, hasConflictMarkers, type MergeResult } from "./merge3.js";
export { unifiedDiff } from "./unified-diff.js";
export { uncommittedFiles, refuseDirtyFiles } from "./git.js";
export { migrateAnswersData, ANSWERS_MIGRATIONS, type AnswersMigration } from "./migrations/index.js";
export { STATE_DIR, ANSWERS_FILE, MANIFEST_FILE, EVIDENCE_FILE, BASE_DIR, JOURNAL_FILE, MARKERS } from "./paths.js";
export type { RunHooks } from "./journal.js";
