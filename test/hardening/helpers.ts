import { createHash } from "node:crypto";
import { lstat, readdir, readFile, readlink } from "node:fs/promises";
import { join } from "node:path";

/** Every entry under a folder with a hash of its content (links by their target, never followed): equal before and after means untouched. */
export async function hashTree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string) => {
    for (const name of (await readdir(join(root, rel))).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      const info = await lstat(join(root, p));
      if (info.isSymbolicLink()) out[p] = `link:${await readlink(join(root, p))}`;
      else if (info.isDirectory()) {
        out[p] = "dir";
        await walk(p);
      } else out[p] = createHash("sha256").update(await readFile(join(root, p))).digest("hex");
    }
  };
  await walk("");
  return out;
}
