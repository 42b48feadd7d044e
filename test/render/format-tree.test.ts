import { describe, expect, it } from "vitest";
import { formatTree, formatTreeListing } from "../../src/render/index.js";

describe("formatTree (--dry-run listing)", () => {
  it("lists every path sorted with its size, and a total", () => {
    const tree = new Map<string, string | Uint8Array>([
      ["b/y.md", "x".repeat(2048)],
      ["a.txt", "hello\n"],
      ["c.bin", new Uint8Array(10)],
    ]);
    expect(formatTree(tree)).toBe(["   6 B  a.txt", "2.0 KB  b/y.md", "  10 B  c.bin", "3 files, 2.0 KB"].join("\n"));
    expect(formatTreeListing).toBe(formatTree);
  });

  it("counts bytes, not characters", () => {
    expect(formatTree(new Map([["u.md", "ü"]]))).toContain("2 B  u.md");
  });
});
