import { UserError } from "../errors.js";
import type { FileTree } from "../render/tree.js";
import { decodeText, sameBytes, sha256, toBuffer } from "./content.js";
import { decideFile, type FileAction, type FileVersions } from "./decide.js";
import { MANIFEST_SCHEMA_VERSION, serializeManifest, type Manifest } from "./manifest.js";
import { hasConflictMarkers } from "./merge3.js";
import { ANSWERS_FILE, BASE_DIR, EVIDENCE_FILE, MANIFEST_FILE, checkTreePath, sidecarPath } from "./paths.js";
import { readStoredState } from "./read-state.js";
import { readInside } from "../fs/guarded.js";

export const TOOL_NAME = "create-zero-trust";

export interface PlanInput {
  dir: string;
  /** N: the new render. */
  newTree: FileTree;
  /** The answers file text to store as `.zero-trust/answers.yaml` (serializeAnswers output). */
  answers: string;
  toolVersion: string;
  /** Selected module ids, recorded in the manifest. */
  modules?: string[];
  /** Evidence to store as `.zero-trust/evidence.json` (absent: the stored file is left as it is). */
  evidence?: string;
}

export interface StateChanges {
  /** Base copies to (re)write: the new render, where it differs from what is stored. */
  baseWrite: Map<string, Buffer>;
  /** Stored base copies the new render no longer has. */
  baseRemove: string[];
  /** New text of `.zero-trust/answers.yaml` / `manifest.json`, when it differs from disk. */
  answers?: string;
  evidence?: string;
  manifest?: string;
  /** The manifest changes only in recording the user's edits since the last update (nothing to do for --check). */
  manifestRecordsEditsOnly?: boolean;
}

export interface UpdatePlan {
  dir: string;
  /** No previous state: a first generation. */
  fresh: boolean;
  /** Every path considered, sorted; `unchanged` ones included (the formatter hides them). */
  actions: FileAction[];
  state: StateChanges;
  warnings: string[];
  /** Files an earlier update left conflicted that still hold markers (or a `.new` beside them). */
  unresolved: string[];
  /** An interrupted update's journal is present: it must be finished before this plan applies. */
  interrupted: boolean;
}

/**
 * Reads B (stored base), C (disk) and N (new tree) for every path and decides each file (see
 * decide.ts). Writes nothing. A damaged `.zero-trust/` is reported in `warnings` and its files
 * are treated as yours (merged against an empty base), never overwritten silently.
 */
export async function planUpdate(input: PlanInput): Promise<UpdatePlan> {
  const { dir } = input;
  const bad = [...input.newTree.keys()].map((p) => [p, checkTreePath(p)] as const).filter(([, why]) => why);
  if (bad.length) throw new UserError("the rendered tree has paths that cannot be written", bad.map(([p, why]) => `${p}: ${why}`));

  const stored = await readStoredState(dir);
  const warnings: string[] = [];
  const manifest = stored.manifest;
  // The wizard saves answers into .zero-trust/ while asking: without a manifest or a base that is a first generation.
  const fresh = !manifest && stored.baseFiles.length === 0 && (!stored.manifestProblem || stored.manifestProblem === "it is missing");
  if (!fresh && !manifest)
    warnings.push(`${MANIFEST_FILE}: ${stored.manifestProblem}; every existing file is treated as yours and merged against an empty base (nothing is overwritten; files no longer generated are left alone)`);

  const next = new Map<string, Buffer>();
  for (const [p, c] of input.newTree) next.set(p, toBuffer(c));
  const paths = new Set<string>([...next.keys(), ...(manifest ? Object.keys(manifest.files).filter((p) => !checkTreePath(p)) : [])]);

  // Base copies as they sit on disk (damaged or not), read once: also compared with N for the new base.
  const storedBase = new Map<string, Buffer | undefined>();
  const versions = await Promise.all(
    [...paths].sort().map(async (path): Promise<FileVersions> => {
      const current = await readInside(dir, path);
      const stored = await readInside(dir, `${BASE_DIR}/${path}`);
      storedBase.set(path, stored);
      const entry = manifest?.files[path];
      if (!entry) return { path, current, next: next.get(path), generatedBefore: false };
      if (stored && sha256(stored) === entry.base) return { path, base: stored, current, next: next.get(path), generatedBefore: true };
      // The base copy is gone or altered; if the file on disk is exactly what we rendered, it is the base.
      if (current && sha256(current) === entry.base) return { path, base: current, current, next: next.get(path), generatedBefore: true };
      const baseLost = `its base copy ${BASE_DIR}/${path} is ${stored ? "damaged (hash differs from the manifest)" : "missing"}`;
      warnings.push(`${path}: ${baseLost}; treated as yours and merged against an empty base`);
      return { path, current, next: next.get(path), generatedBefore: true, baseLost };
    }),
  );
  const actions = versions.map(decideFile).filter((a): a is FileAction => a !== undefined);

  const unresolved: string[] = [];
  const writtenNow = new Set(actions.filter((a) => a.write || a.sidecar).map((a) => a.path));
  for (const path of manifest?.conflicts ?? []) {
    if (writtenNow.has(path) || checkTreePath(path)) continue;
    const current = await readInside(dir, path);
    const text = current && decodeText(current);
    if ((text && hasConflictMarkers(text)) || (await readInside(dir, sidecarPath(path)))) unresolved.push(path);
  }

  const state = await stateChanges(input, next, actions, unresolved, stored.baseFiles, storedBase, manifest);
  return { dir, fresh, actions, state, warnings, unresolved, interrupted: stored.journal };
}

async function stateChanges(
  input: PlanInput,
  next: Map<string, Buffer>,
  actions: FileAction[],
  unresolved: string[],
  baseFiles: string[],
  storedBase: Map<string, Buffer | undefined>,
  storedManifest: Manifest | undefined,
): Promise<StateChanges> {
  const { dir } = input;
  const byPath = new Map(actions.map((a) => [a.path, a]));
  const files: Manifest["files"] = {};
  for (const [path, content] of next) {
    const a = byPath.get(path);
    const onDiskAfter = a?.kind === "delete" ? undefined : (a?.write ?? a?.current);
    files[path] = { sha256: onDiskAfter ? sha256(onDiskAfter) : null, base: sha256(content) };
  }
  const conflicts = [...new Set([...actions.filter((a) => a.kind === "conflict").map((a) => a.path), ...unresolved])];
  const content: Manifest = { schemaVersion: MANIFEST_SCHEMA_VERSION, tool: { name: TOOL_NAME, version: input.toolVersion }, modules: input.modules ?? [], files, conflicts };
  const manifest = serializeManifest(content);

  const baseWrite = new Map<string, Buffer>();
  for (const path of [...next.keys()].sort()) if (!sameBytes(storedBase.get(path), next.get(path))) baseWrite.set(path, next.get(path)!);
  const changes: StateChanges = { baseWrite, baseRemove: baseFiles.filter((p) => !next.has(p)) };
  if ((await readInside(dir, ANSWERS_FILE))?.toString("utf8") !== input.answers) changes.answers = input.answers;
  if (input.evidence !== undefined && (await readInside(dir, EVIDENCE_FILE))?.toString("utf8") !== input.evidence) changes.evidence = input.evidence;
  if ((await readInside(dir, MANIFEST_FILE))?.toString("utf8") !== manifest) {
    changes.manifest = manifest;
    if (storedManifest) {
      const recorded = Object.fromEntries(Object.entries(files).map(([p, f]) => [p, { ...f, sha256: storedManifest.files[p]?.sha256 ?? f.sha256 }]));
      changes.manifestRecordsEditsOnly = serializeManifest({ ...content, files: recorded }) === serializeManifest(storedManifest);
    }
  }
  return changes;
}

export interface FileOp {
  path: string;
  /** What the plan saw on disk (absent: no file). */
  current?: Buffer;
  /** What to write (absent: delete). */
  content?: Buffer;
  /** A `.new` file of ours: written whatever sits there. */
  overwrite?: boolean;
}

/** The file operations an apply performs, in order. */
export function fileOps(plan: UpdatePlan): FileOp[] {
  const ops: FileOp[] = [];
  for (const a of plan.actions) {
    if (a.write) ops.push({ path: a.path, current: a.current, content: a.write });
    if (a.kind === "delete") ops.push({ path: a.path, current: a.current });
    if (a.sidecar) ops.push({ path: a.sidecar.path, content: a.sidecar.content, overwrite: true });
  }
  return ops;
}

export const planChangesFiles = (plan: UpdatePlan) => plan.actions.some((a) => a.write || a.sidecar || a.kind === "delete");
export const planHasChanges = (plan: UpdatePlan) =>
  planChangesFiles(plan) || plan.state.baseWrite.size > 0 || plan.state.baseRemove.length > 0 || plan.state.answers !== undefined || plan.state.evidence !== undefined || plan.state.manifest !== undefined;
/** What `update --check` reports as pending: anything but the manifest catching up with the user's own edits. */
export const planIsPending = (plan: UpdatePlan) =>
  planHasChanges({ ...plan, state: { ...plan.state, manifest: plan.state.manifestRecordsEditsOnly ? undefined : plan.state.manifest } }) || plan.interrupted;
export const planConflicts = (plan: UpdatePlan) => plan.actions.filter((a) => a.kind === "conflict");
