import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../fs/atomic-write.js";
import { contentBytes, type FileTree } from "../render/tree.js";

/** Writes the report files into dir, skipping any whose content is unchanged; returns the paths written. */
export async function writeReportFiles(dir: string, tree: FileTree): Promise<string[]> {
  const written: string[] = [];
  for (const [path, content] of tree) {
    const target = join(dir, path);
    const bytes = contentBytes(content);
    const current = await readFile(target).catch(() => undefined);
    if (current && current.equals(bytes)) continue;
    await writeFileAtomic(target, bytes);
    written.push(path);
  }
  return written;
}
