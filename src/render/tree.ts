/** The generated repository in memory: relative POSIX path -> content. Rendered first, written in one place. */
export type FileContent = string | Uint8Array;
export type FileTree = Map<string, FileContent>;

export const sortedTree = (tree: FileTree): FileTree => new Map([...tree.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
export const contentBytes = (c: FileContent): Buffer => (typeof c === "string" ? Buffer.from(c, "utf8") : Buffer.from(c));
