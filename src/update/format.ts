import { NO_COLORS, type Colors } from "../colors.js";
import { decodeText } from "./content.js";
import type { ActionKind, FileAction } from "./decide.js";
import { ANSWERS_FILE, BASE_DIR, EVIDENCE_FILE, MANIFEST_FILE } from "./paths.js";
import { planChangesFiles, type UpdatePlan } from "./plan.js";
import { unifiedDiff } from "./unified-diff.js";

export interface FormatOptions {
  /** Add a unified diff under each file that changes (--dry-run). */
  diffs?: boolean;
  colors?: Colors;
}

const LABEL: Record<ActionKind, string> = {
  create: "create",
  update: "update",
  merged: "merged",
  conflict: "conflict",
  delete: "delete",
  keep: "keep",
  "deleted-by-user": "deleted",
  unchanged: "unchanged",
};
const SUMMARY: [ActionKind, string][] = [
  ["create", "created"],
  ["update", "updated"],
  ["merged", "merged"],
  ["conflict", "conflicted"],
  ["delete", "deleted"],
  ["keep", "kept as you edited them"],
  ["deleted-by-user", "left deleted"],
  ["unchanged", "unchanged"],
];

/** The plan as people read it: one line per file that is not unchanged, then counts and warnings. */
export function formatPlan(plan: UpdatePlan, opts: FormatOptions = {}): string {
  const pc = opts.colors ?? NO_COLORS;
  const paint: Record<ActionKind, (s: string) => string> = {
    create: pc.green,
    update: pc.cyan,
    merged: pc.cyan,
    conflict: pc.red,
    delete: pc.yellow,
    keep: pc.dim,
    "deleted-by-user": pc.dim,
    unchanged: pc.dim,
  };
  const lines: string[] = [];
  for (const w of plan.warnings) lines.push(`${pc.yellow("warning")} ${w}`);
  if (plan.interrupted) lines.push(`${pc.yellow("warning")} an interrupted update is pending; \`create-zero-trust update\` finishes it first`);
  for (const a of plan.actions) {
    if (a.kind === "unchanged") continue;
    const extra = a.kind === "conflict" && !a.binary ? ` (${a.conflicts} conflict${a.conflicts === 1 ? "" : "s"})` : "";
    lines.push(`  ${paint[a.kind](LABEL[a.kind].padEnd(9))} ${a.path}${extra}${a.note ? pc.dim(`: ${a.note}`) : ""}`);
    if (opts.diffs) lines.push(...diffOf(a).map((l) => `    ${l}`));
  }
  for (const p of plan.unresolved) lines.push(`  ${pc.red("unresolved".padEnd(9))} ${p}${pc.dim(": still holds conflict markers from an earlier update")}`);
  // State files are listed when they are all that changes (e.g. a new tool version with identical output), so --check says why it exits 2.
  const state = plan.state;
  if (state.answers !== undefined) lines.push(`  ${pc.cyan("update".padEnd(9))} ${ANSWERS_FILE}`);
  if (!planChangesFiles(plan)) {
    const baseCount = state.baseWrite.size + state.baseRemove.length;
    if (baseCount) lines.push(`  ${pc.cyan("update".padEnd(9))} ${BASE_DIR}/ (${baseCount} stored base cop${baseCount === 1 ? "y" : "ies"})`);
    if (state.evidence !== undefined) lines.push(`  ${pc.cyan("update".padEnd(9))} ${EVIDENCE_FILE}`);
    if (state.manifest !== undefined) lines.push(`  ${pc.cyan("update".padEnd(9))} ${MANIFEST_FILE}`);
  }
  lines.push(summaryLine(plan.actions));
  return `${lines.join("\n")}\n`;
}

export function summaryLine(actions: FileAction[]): string {
  const counts = new Map<ActionKind, number>();
  for (const a of actions) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const parts = SUMMARY.filter(([k]) => counts.get(k)).map(([k, word]) => `${counts.get(k)} ${word}`);
  return parts.length ? `${parts.join(", ")}.` : "No generated files.";
}

function diffOf(a: FileAction): string[] {
  const before = a.current;
  const after = a.kind === "delete" ? undefined : a.write;
  if (a.sidecar) return [`binary: yours is kept; the new version (${a.sidecar.content.length} bytes) goes to ${a.sidecar.path}`];
  if (!a.write && a.kind !== "delete") return [];
  const oldText = before && decodeText(before);
  const newText = after && decodeText(after);
  if ((before && oldText === undefined) || (after && newText === undefined)) return [`binary file: ${before?.length ?? 0} -> ${after?.length ?? 0} bytes`];
  const diff = unifiedDiff(oldText ?? "", newText ?? "", { old: before ? `a/${a.path}` : "/dev/null", new: after ? `b/${a.path}` : "/dev/null" });
  return diff.replace(/\n$/, "").split("\n");
}
