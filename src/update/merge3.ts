import { diff3Merge, diffComm } from "node-diff3";
import { splitLines } from "./content.js";
import { MARKERS } from "./paths.js";

export interface MergeResult {
  text: string;
  /** Number of conflict hunks written with markers (0: clean merge). */
  conflicts: number;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((l, i) => l === b[i]);
// A conflict section must end with a newline, or the next marker would glue onto its last line.
const closed = (lines: string[]) => (lines.length && !lines[lines.length - 1]!.endsWith("\n") ? [...lines.slice(0, -1), `${lines[lines.length - 1]}\n`] : lines);

/**
 * Line-based 3-way merge of yours (the file on disk), base (what we last wrote) and next (the new
 * render) with node-diff3. Overlapping edits get diff3-style markers (`<<<<<<< yours`,
 * `||||||| base`, `=======`, `>>>>>>> new`). Texts must already share one line ending (LF).
 */
export function merge3(yours: string, base: string, next: string): MergeResult {
  const out: string[] = [];
  let conflicts = 0;
  const a = splitLines(yours);
  const o = splitLines(base);
  const b = splitLines(next);
  for (const region of diff3Merge(a, o, b, { excludeFalseConflicts: true })) {
    if (region.ok) {
      out.push(...region.ok);
      continue;
    }
    const c = region.conflict!;
    // node-diff3 groups touching hunks of one side into a "conflict" the other side never changed.
    if (same(c.a, c.o)) out.push(...c.b);
    else if (same(c.b, c.o)) out.push(...c.a);
    else if (c.o.length === 0) conflicts += refineAdded(c.a, c.b, out);
    else {
      out.push(...conflictBlock(c.a, c.o, c.b));
      conflicts++;
    }
  }
  return { text: out.join(""), conflicts };
}

function conflictBlock(a: string[], o: string[], b: string[]): string[] {
  return [`${MARKERS.yours}\n`, ...closed(a), `${MARKERS.base}\n`, ...closed(o), `${MARKERS.split}\n`, ...closed(b), `${MARKERS.next}\n`];
}

/**
 * Both sides added text where the base had none (a file that already sat where a new template
 * file goes, or a lost base): keep the lines they share and mark every part that differs, as
 * git's zealous merge does for add/add conflicts. Even a one-sided part is marked: without a base
 * nobody knows whether the other side removed it, so nothing is decided silently.
 */
function refineAdded(a: string[], b: string[], out: string[]): number {
  let conflicts = 0;
  for (const part of diffComm(a, b)) {
    if (part.common) out.push(...part.common);
    else {
      out.push(...conflictBlock(part.buffer1, [], part.buffer2));
      conflicts++;
    }
  }
  return conflicts;
}

/** True when a text still holds a conflict block this tool wrote. */
export function hasConflictMarkers(text: string): boolean {
  const start = text.indexOf(`${MARKERS.yours}\n`);
  return start !== -1 && text.indexOf(`${MARKERS.next}`, start) !== -1;
}
