import { diffIndices } from "node-diff3";
import { splitLines } from "./content.js";

/**
 * A unified diff (`diff -u` / `git diff` format) of two texts, with `context` lines around each
 * change; "" when they are equal. node-diff3 finds the changed ranges, this only formats them.
 */
export function unifiedDiff(oldText: string, newText: string, labels: { old: string; new: string }, context = 3): string {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const changes = diffIndices(a, b);
  if (!changes.length) return "";
  const out = [`--- ${labels.old}\n`, `+++ ${labels.new}\n`];
  let i = 0;
  while (i < changes.length) {
    // Group changes whose context would overlap into one hunk.
    let j = i;
    while (j + 1 < changes.length && changes[j + 1]!.buffer1[0] - (changes[j]!.buffer1[0] + changes[j]!.buffer1[1]) <= 2 * context) j++;
    const first = changes[i]!;
    const last = changes[j]!;
    const aStart = Math.max(0, first.buffer1[0] - context);
    const aEnd = Math.min(a.length, last.buffer1[0] + last.buffer1[1] + context);
    const bStart = Math.max(0, first.buffer2[0] - context);
    const bEnd = Math.min(b.length, last.buffer2[0] + last.buffer2[1] + context);
    const range = (start: number, len: number) => (len === 1 ? `${start + 1}` : `${len === 0 ? start : start + 1},${len}`);
    out.push(`@@ -${range(aStart, aEnd - aStart)} +${range(bStart, bEnd - bStart)} @@\n`);
    let ai = aStart;
    for (let k = i; k <= j; k++) {
      const c = changes[k]!;
      while (ai < c.buffer1[0]) out.push(line(" ", a[ai++]!));
      for (let x = 0; x < c.buffer1[1]; x++) out.push(line("-", a[ai++]!));
      for (let x = 0; x < c.buffer2[1]; x++) out.push(line("+", b[c.buffer2[0] + x]!));
    }
    while (ai < aEnd) out.push(line(" ", a[ai++]!));
    i = j + 1;
  }
  return out.join("");
}

const line = (sign: string, text: string) => (text.endsWith("\n") ? `${sign}${text}` : `${sign}${text}\n\\ No newline at end of file\n`);
