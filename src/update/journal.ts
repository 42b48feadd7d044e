import { readdir } from "node:fs/promises";
import { posix } from "node:path";
import { z } from "zod";
import { UserError } from "../errors.js";
import { insidePath, readInside, removeEmptyFolderInside, removeInside, writeInside } from "../fs/guarded.js";
import { sameBytes, sha256 } from "./content.js";
import { ANSWERS_FILE, BASE_DIR, EVIDENCE_FILE, JOURNAL_FILE, MANIFEST_FILE, STATE_DIR, checkTreePath, sidecarPath } from "./paths.js";
import { fileOps, type UpdatePlan } from "./plan.js";

/**
 * The redo log of one update, written (atomically) before anything else is touched and removed
 * when everything is done. It holds every byte the update writes, so a re-run after a kill can
 * finish the same update even when the answers came from `--set` and were not stored yet.
 * Each file operation records the hash it expects before and after, which makes replaying it
 * idempotent (already done: skip) and safe (changed by someone since: not overwritten).
 */
const hash = z.string().regex(/^[0-9a-f]{64}$/);
const journalSchema = z.strictObject({
  schemaVersion: z.literal(1),
  ops: z.array(z.strictObject({ path: z.string(), before: hash.nullable(), after: hash.nullable(), overwrite: z.boolean().optional() })),
  base: z.strictObject({ write: z.array(z.strictObject({ path: z.string(), blob: hash })), remove: z.array(z.string()) }),
  answers: z.string().optional(),
  evidence: z.string().optional(),
  manifest: z.string().optional(),
  blobs: z.record(hash, z.string()),
});
export type Journal = z.output<typeof journalSchema>;

export function buildJournal(plan: UpdatePlan): Journal {
  const blobs: Record<string, string> = {};
  const blob = (b: Buffer) => {
    const h = sha256(b);
    blobs[h] ??= b.toString("base64");
    return h;
  };
  return {
    schemaVersion: 1,
    ops: fileOps(plan).map((op) => ({
      path: op.path,
      before: op.current ? sha256(op.current) : null,
      after: op.content ? blob(op.content) : null,
      ...(op.overwrite ? { overwrite: true } : {}),
    })),
    base: { write: [...plan.state.baseWrite].map(([path, content]) => ({ path, blob: blob(content) })), remove: plan.state.baseRemove },
    ...(plan.state.answers !== undefined ? { answers: plan.state.answers } : {}),
    ...(plan.state.evidence !== undefined ? { evidence: plan.state.evidence } : {}),
    ...(plan.state.manifest !== undefined ? { manifest: plan.state.manifest } : {}),
    blobs,
  };
}

export type ReadJournal = { journal: Journal } | { journal?: undefined; problem?: string };

export async function readJournal(dir: string): Promise<ReadJournal> {
  const raw = await readInside(dir, JOURNAL_FILE);
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw.toString("utf8"));
  } catch (err) {
    return { problem: `not valid JSON (${(err as Error).message})` };
  }
  const parsed = journalSchema.safeParse(data);
  if (!parsed.success) return { problem: "not in the journal format" };
  const unsafe = [...parsed.data.ops.map((o) => o.path), ...parsed.data.base.write.map((w) => w.path), ...parsed.data.base.remove].filter(
    (p) => checkTreePath(p.endsWith(".new") ? p.slice(0, -4) : p) !== undefined,
  );
  if (unsafe.length) return { problem: `it names paths outside the repository (${unsafe.join(", ")})` };
  return { journal: parsed.data };
}

export interface RunHooks {
  /**
   * Called after each write or delete (generated files first, then `.zero-trust/` state), with the
   * count so far and the path: tests kill the process here to prove an interrupted update recovers.
   */
  afterWrite?: (done: number, path: string) => void | Promise<void>;
}

export interface RunResult {
  /** File operations performed now (those a previous, interrupted run already did are skipped). */
  performed: number;
  /** Files changed by someone since the plan was made: left as they are, the new version beside them as `.new`. */
  diverged: string[];
}

export async function writeJournal(dir: string, journal: Journal): Promise<void> {
  await writeInside(dir, JOURNAL_FILE, JSON.stringify(journal));
}

/**
 * Performs a journal: files first, then the base, the answers and the manifest (last), then
 * removes the journal. The base is replaced only after every file is done, so until then a
 * re-run still sees the old base; every step is idempotent, so a kill anywhere is recoverable.
 */
export async function runJournal(dir: string, journal: Journal, hooks: RunHooks = {}): Promise<RunResult> {
  const content = (h: string) => Buffer.from(journal.blobs[h]!, "base64");
  const diverged: string[] = [];
  let performed = 0;
  let writes = 0;
  const done = async (path: string) => hooks.afterWrite?.(++writes, path);
  const emptied = new Set<string>();
  for (const op of journal.ops) {
    const now = await readInside(dir, op.path);
    const nowHash = now ? sha256(now) : null;
    if (nowHash === op.after) continue;
    if (!op.overwrite && nowHash !== op.before) {
      // Someone changed the file after the plan was made: never overwrite, leave ours beside it.
      if (op.after) {
        diverged.push(op.path);
        await writeInside(dir, sidecarPath(op.path), content(op.after));
      }
      continue;
    }
    if (op.after) await writeInside(dir, op.path, content(op.after));
    else {
      await removeInside(dir, op.path);
      emptied.add(posix.dirname(op.path));
    }
    performed++;
    await done(op.path);
  }
  for (const w of journal.base.write) {
    const file = `${BASE_DIR}/${w.path}`;
    const blob = content(w.blob);
    if (!sameBytes(await readInside(dir, file), blob)) await writeInside(dir, file, blob);
    await done(file);
  }
  for (const path of journal.base.remove) {
    const file = `${BASE_DIR}/${path}`;
    await removeInside(dir, file);
    emptied.add(posix.dirname(file));
    await done(file);
  }
  for (const [rel, text] of [[ANSWERS_FILE, journal.answers], [EVIDENCE_FILE, journal.evidence], [MANIFEST_FILE, journal.manifest]] as const) {
    if (text === undefined) continue;
    await writeIfChanged(dir, rel, text);
    await done(rel);
  }
  await pruneEmptyDirs(dir, emptied);
  await removeInside(dir, JOURNAL_FILE);
  return { performed, diverged };
}

async function writeIfChanged(dir: string, rel: string, text: string): Promise<void> {
  const buf = Buffer.from(text, "utf8");
  if (!sameBytes(await readInside(dir, rel), buf)) await writeInside(dir, rel, buf);
}

/** Removes folders a delete left empty (a removed module's folder), up to the repository root. */
async function pruneEmptyDirs(dir: string, folders: Set<string>): Promise<void> {
  const stop = new Set([".", STATE_DIR, BASE_DIR]);
  for (const start of [...folders].sort((a, b) => b.length - a.length)) {
    for (let f = start; !stop.has(f); f = posix.dirname(f)) if (!(await removeEmptyFolderInside(dir, f))) break; // not empty (or gone): stop climbing
  }
}

/** Temporary files a killed atomic write left behind (`.<name>.<hex>.tmp`) beside the journal's paths. */
export async function removeStrayTemps(dir: string, journal: Journal): Promise<void> {
  const files = [
    ...journal.ops.map((o) => o.path),
    ...journal.ops.map((o) => sidecarPath(o.path)),
    ...journal.base.write.map((w) => `${BASE_DIR}/${w.path}`),
    ANSWERS_FILE,
    EVIDENCE_FILE,
    MANIFEST_FILE,
  ];
  const byFolder = new Map<string, Set<string>>();
  for (const f of files) byFolder.set(posix.dirname(f), (byFolder.get(posix.dirname(f)) ?? new Set()).add(posix.basename(f)));
  for (const [folder, names] of byFolder) {
    let entries: string[];
    try {
      entries = await readdir(await insidePath(dir, folder));
    } catch (err) {
      if (err instanceof UserError) throw err;
      continue;
    }
    for (const e of entries) {
      const m = /^\.(.+)\.[0-9a-f]{12}\.tmp$/.exec(e);
      if (m && names.has(m[1]!)) await removeInside(dir, `${folder}/${e}`);
    }
  }
}
