import { describe, expect, it } from "vitest";
import { decideFile } from "../../src/update/decide.js";
import { merge3 } from "../../src/update/merge3.js";
import { unifiedDiff } from "../../src/update/unified-diff.js";

const buf = (s: string) => Buffer.from(s, "utf8");
const lines = (...l: string[]) => l.map((x) => `${x}\n`).join("");

describe("merge3 (node-diff3, line based)", () => {
  it("takes both sides' edits when they do not overlap", () => {
    const base = lines("a", "b", "c", "d", "e", "f");
    const yours = lines("a", "B (yours)", "c", "d", "e", "f");
    const next = lines("a", "b", "c", "d", "e", "F (new)");
    expect(merge3(yours, base, next)).toEqual({ text: lines("a", "B (yours)", "c", "d", "e", "F (new)"), conflicts: 0 });
  });

  it("marks overlapping edits with diff3-style markers, base section included", () => {
    const r = merge3(lines("x", "yours", "z"), lines("x", "base", "z"), lines("x", "new", "z"));
    expect(r.conflicts).toBe(1);
    expect(r.text).toBe(lines("x", "<<<<<<< yours", "yours", "||||||| base", "base", "=======", "new", ">>>>>>> new", "z"));
  });

  it("does not conflict when both sides made the same change", () => {
    expect(merge3(lines("a", "same"), lines("a", "b"), lines("a", "same"))).toEqual({ text: lines("a", "same"), conflicts: 0 });
  });

  it("against an empty base keeps the shared lines and marks every differing part", () => {
    const r = merge3(lines("mine", "shared", "tail"), "", lines("theirs", "shared", "tail"));
    expect(r.conflicts).toBe(1);
    expect(r.text).toBe(lines("<<<<<<< yours", "mine", "||||||| base", "=======", "theirs", ">>>>>>> new", "shared", "tail"));
  });

  it("closes a section that lacks a final newline before the next marker", () => {
    const r = merge3("a\nyours", "a\nbase", "a\nnew");
    expect(r.text).toBe(lines("a", "<<<<<<< yours", "yours", "||||||| base", "base", "=======", "new", ">>>>>>> new"));
  });
});

describe("decideFile: the per-file rules", () => {
  const path = "f.txt";
  const B = buf(lines("one", "two", "three", "four", "five"));
  const N = buf(lines("one", "TWO", "three", "four", "five"));
  const C = buf(lines("one", "two", "three", "four", "FIVE"));

  it("C == B: writes N", () => expect(decideFile({ path, base: B, current: B, next: N, generatedBefore: true })).toMatchObject({ kind: "update", write: N }));
  it("N == B: keeps C", () => expect(decideFile({ path, base: B, current: C, next: B, generatedBefore: true })).toMatchObject({ kind: "keep" }));
  it("C == N: nothing to do", () => expect(decideFile({ path, base: B, current: N, next: N, generatedBefore: true })).toMatchObject({ kind: "unchanged" }));
  it("both changed apart: merged", () =>
    expect(decideFile({ path, base: B, current: C, next: N, generatedBefore: true })).toMatchObject({ kind: "merged", write: buf(lines("one", "TWO", "three", "four", "FIVE")) }));
  it("new file: created; a user file already there: merged against an empty base", () => {
    expect(decideFile({ path, next: N, generatedBefore: false })).toMatchObject({ kind: "create", write: N });
    expect(decideFile({ path, current: C, next: N, generatedBefore: false })).toMatchObject({ kind: "conflict", note: expect.stringContaining("empty base") });
  });
  it("deleted by the user stays deleted", () => expect(decideFile({ path, base: B, next: N, generatedBefore: true })).toEqual({ path, kind: "deleted-by-user", note: expect.any(String) }));
  it("no longer generated: removed if untouched, kept if edited", () => {
    expect(decideFile({ path, base: B, current: B, generatedBefore: true })).toMatchObject({ kind: "delete" });
    expect(decideFile({ path, base: B, current: C, generatedBefore: true })).toMatchObject({ kind: "keep", note: expect.stringContaining("edited") });
    expect(decideFile({ path, current: C, generatedBefore: false })).toBeUndefined();
  });

  it("binary files are never merged: yours is kept and the new version goes beside it", () => {
    const b = Buffer.from([0, 1, 2, 3]);
    const c = Buffer.from([0, 1, 2, 4]);
    const n = Buffer.from([0, 9, 2, 3]);
    expect(decideFile({ path: "logo.png", base: b, current: b, next: n, generatedBefore: true })).toMatchObject({ kind: "update", write: n, binary: true });
    const a = decideFile({ path: "logo.png", base: b, current: c, next: n, generatedBefore: true })!;
    expect(a).toMatchObject({ kind: "conflict", binary: true, sidecar: { path: "logo.png.new", content: n } });
    expect(a.write).toBeUndefined();
    // Invalid UTF-8 without NUL is binary too.
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]);
    expect(decideFile({ path: "x.txt", base: buf("cafe\n"), current: latin1, next: buf("coffee\n"), generatedBefore: true })).toMatchObject({ kind: "conflict", binary: true });
  });

  it("a CRLF file is compared and merged on LF and written back with CRLF", () => {
    const crlf = (s: string) => buf(s.replace(/\n/g, "\r\n"));
    // Only the line endings differ from the base: the user did not edit it, so N is written, as CRLF.
    expect(decideFile({ path, base: B, current: crlf(B.toString()), next: N, generatedBefore: true })).toMatchObject({ kind: "update", write: crlf(N.toString()) });
    const merged = decideFile({ path, base: B, current: crlf(C.toString()), next: N, generatedBefore: true })!;
    expect(merged).toMatchObject({ kind: "merged", write: crlf(lines("one", "TWO", "three", "four", "FIVE")) });
    // The template did not change: nothing to write, even though the bytes differ from the base.
    const same = decideFile({ path, base: B, current: crlf(B.toString()), next: B, generatedBefore: true })!;
    expect(same.kind).toBe("unchanged");
    expect(same.write).toBeUndefined();
  });
});

describe("unifiedDiff", () => {
  it("prints git-style hunks with three lines of context", () => {
    const n = Array.from({ length: 14 }, (_, i) => String(i + 1));
    const a = lines(...n);
    const b = lines(...n.slice(0, 4), "five", ...n.slice(5), "15");
    expect(unifiedDiff(a, b, { old: "a/f", new: "b/f" })).toBe(
      ["--- a/f", "+++ b/f", "@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8", "@@ -12,3 +12,4 @@", " 12", " 13", " 14", "+15", ""].join("\n"),
    );
    // Changes closer than twice the context share one hunk.
    expect(unifiedDiff(lines("1", "2", "3"), lines("one", "2", "three"), { old: "a", new: "b" })).toBe(["--- a", "+++ b", "@@ -1,3 +1,3 @@", "-1", "+one", " 2", "-3", "+three", ""].join("\n"));
  });
  it("shows creation against /dev/null and a missing final newline", () => {
    expect(unifiedDiff("", "x", { old: "/dev/null", new: "b/f" })).toBe("--- /dev/null\n+++ b/f\n@@ -0,0 +1 @@\n+x\n\\ No newline at end of file\n");
    expect(unifiedDiff("same\n", "same\n", { old: "a", new: "b" })).toBe("");
  });
});
