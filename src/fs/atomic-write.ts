import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";

/**
 * Writes through a temporary file in the same folder and renames it into place, so a process
 * killed mid-write leaves either the old file or the new one, never half of either.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true }).catch(async (err: NodeJS.ErrnoException) => {
    // A recursive mkdir reports ENOENT on a read-only filesystem; a plain one names the real cause.
    if (err.code !== "ENOENT") throw err;
    await mkdir(dirname(path));
  });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
