import { decodeText, detectEol, sameBytes, toLf, withEol } from "./content.js";
import { merge3 } from "./merge3.js";
import { sidecarPath } from "./paths.js";

export type ActionKind = "create" | "update" | "merged" | "conflict" | "delete" | "keep" | "deleted-by-user" | "unchanged";

export interface FileAction {
  path: string;
  kind: ActionKind;
  /** What is on disk now (absent: no file). */
  current?: Buffer;
  /** What the update writes at `path` (absent: nothing is written there). */
  write?: Buffer;
  /** Binary conflict: the new version, written beside the kept file. */
  sidecar?: { path: string; content: Buffer };
  /** Conflict hunks left in the written file (text) or 1 for a binary side-by-side conflict. */
  conflicts?: number;
  binary?: boolean;
  /** Why, in words, when the kind alone does not say it (shown by the formatter). */
  note?: string;
}

export interface FileVersions {
  path: string;
  /** B: what we last rendered (absent: new file, or the stored base is lost). */
  base?: Buffer;
  /** C: what is on disk now. */
  current?: Buffer;
  /** N: what this version renders (absent: no longer generated). */
  next?: Buffer;
  /** The state says this path was generated before, even if its base copy is lost. */
  generatedBefore: boolean;
  /** Set when the base copy was expected but is missing or damaged: merge against empty, say so. */
  baseLost?: string;
}

/**
 * The per-file rule of an update (pure): C == B -> write N; N == B or C == N -> keep C; both
 * changed -> 3-way merge; binary files are never merged. Text is compared with line endings
 * normalized, and written back with the line ending the file on disk uses.
 */
export function decideFile(v: FileVersions): FileAction | undefined {
  const { path, base, current, next } = v;
  if (next === undefined) {
    if (current === undefined) return undefined;
    if (base !== undefined && sameText(current, base)) return { path, kind: "delete", current };
    if (base !== undefined || v.generatedBefore)
      return { path, kind: "keep", current, note: base !== undefined ? "no longer generated; kept because you edited it" : `no longer generated; kept because ${v.baseLost ?? "its base copy is lost"}` };
    return undefined;
  }
  if (current === undefined) {
    if (base !== undefined || v.generatedBefore) return { path, kind: "deleted-by-user", note: base !== undefined && !sameText(base, next) ? "you deleted it; the new version changed it and stays unwritten" : "you deleted it; it stays deleted" };
    return { path, kind: "create", write: next };
  }
  if (sameBytes(current, next)) return { path, kind: "unchanged", current };

  const c = decodeText(current);
  const n = decodeText(next);
  const b = base === undefined ? "" : decodeText(base);
  if (c === undefined || n === undefined || b === undefined) return decideBinary(v, current, next);

  const eol = detectEol(c);
  const cl = toLf(c);
  const nl = toLf(n);
  const bl = toLf(b);
  if (base !== undefined && cl === bl) return writeText(path, current, withEol(nl, eol), "update");
  if (cl === nl) return { path, kind: "unchanged", current };
  if (base !== undefined && nl === bl) return { path, kind: "keep", current, note: "your edit is kept; the template did not change" };

  const merged = merge3(cl, bl, nl);
  const note = base === undefined ? (v.baseLost ? `merged against an empty base: ${v.baseLost}` : "a file of yours already sat here; merged against an empty base") : undefined;
  const action = writeText(path, current, withEol(merged.text, eol), merged.conflicts ? "conflict" : "merged");
  return { ...action, ...(merged.conflicts ? { conflicts: merged.conflicts } : {}), ...(note ? { note } : {}) };
}

function writeText(path: string, current: Buffer, text: string, kind: ActionKind): FileAction {
  const write = Buffer.from(text, "utf8");
  // A re-render that only differs in line endings the file already has: nothing to write.
  if (sameBytes(write, current)) return { path, kind: kind === "update" ? "unchanged" : kind, current };
  return { path, kind, current, write };
}

function decideBinary(v: FileVersions, current: Buffer, next: Buffer): FileAction {
  const { path, base } = v;
  if (base !== undefined && sameBytes(current, base)) return { path, kind: "update", current, write: next, binary: true };
  if (base !== undefined && sameBytes(next, base)) return { path, kind: "keep", current, binary: true, note: "your edit is kept; the template did not change" };
  return {
    path,
    kind: "conflict",
    current,
    binary: true,
    conflicts: 1,
    sidecar: { path: sidecarPath(path), content: next },
    note: `binary file changed on both sides: yours is kept, the new version is written to ${sidecarPath(path)}`,
  };
}

const sameText = (a: Buffer, b: Buffer): boolean => {
  if (sameBytes(a, b)) return true;
  const x = decodeText(a);
  const y = decodeText(b);
  return x !== undefined && y !== undefined && toLf(x) === toLf(y);
};
