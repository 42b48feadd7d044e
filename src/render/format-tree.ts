import { contentBytes, type FileTree } from "./tree.js";

const human = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);

/** The `--dry-run` listing: every path with its size, sorted, and a total line. */
export function formatTree(tree: FileTree): string {
  const rows = [...tree.entries()].map(([path, c]) => ({ path, size: contentBytes(c).length })).sort((a, b) => (a.path < b.path ? -1 : 1));
  const width = Math.max(0, ...rows.map((r) => human(r.size).length));
  const total = rows.reduce((n, r) => n + r.size, 0);
  return [...rows.map((r) => `${human(r.size).padStart(width)}  ${r.path}`), `${rows.length} files, ${human(total)}`].join("\n");
}
