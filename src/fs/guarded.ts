import { lstat, readdir, readFile, rm, rmdir } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { writeFileAtomic } from "./atomic-write.js";

/**
 * The only way the tool touches a generated repository: every path is a POSIX path relative to
 * the repository folder, and each folder on the way (and the file itself) is checked not to be a
 * symbolic link, so a committed or planted link can never make a read, write or delete land
 * outside the repository. The repository folder itself may be a link: the person chose it.
 */
export async function insidePath(root: string, rel: string): Promise<string> {
  const parts = rel.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) throw new UserError(`refusing the path ${rel}: it leaves ${root}`);
  let at = root;
  for (const part of parts) {
    at = join(at, part);
    let info;
    try {
      info = await lstat(at);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") break; // nothing further exists: it will be created as plain folders
      throw err;
    }
    if (info.isSymbolicLink())
      throw new UserError(`refusing to follow the symbolic link ${at}: the generated repository must not link outside itself; replace the link with a plain file or folder and run again`);
  }
  return join(root, ...parts);
}

/** A file's bytes, or undefined when there is none. A folder where a file belongs is an error to fix. */
export async function readInside(root: string, rel: string): Promise<Buffer | undefined> {
  const file = await insidePath(root, rel);
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    if (code === "EISDIR") throw new UserError(`${file} is a folder, but the generated repository has a file there; move it away and run again`);
    throw err;
  }
}

export async function existsInside(root: string, rel: string): Promise<boolean> {
  try {
    await lstat(await insidePath(root, rel));
    return true;
  } catch (err) {
    if (err instanceof UserError) throw err;
    return false;
  }
}

export async function writeInside(root: string, rel: string, content: string | Uint8Array): Promise<void> {
  await writeFileAtomic(await insidePath(root, rel), content);
}

export async function removeInside(root: string, rel: string): Promise<void> {
  const file = await insidePath(root, rel);
  try {
    await rm(file, { force: true });
  } catch (err) {
    // Node reports a folder as ERR_FS_EISDIR (a SystemError), which no errno advice covers.
    if ((err as NodeJS.ErrnoException).code !== "ERR_FS_EISDIR") throw err;
    throw new UserError(`${file} is a folder, but the generated repository has a file there; move it away and run again`);
  }
}

/** Removes a folder if it is empty; false when it is not (or is gone). */
export async function removeEmptyFolderInside(root: string, rel: string): Promise<boolean> {
  try {
    await rmdir(await insidePath(root, rel));
    return true;
  } catch (err) {
    if (err instanceof UserError) throw err;
    return false;
  }
}

/** Every file under a folder of the repository, as paths relative to that folder; a link found there is refused. */
export async function listInside(root: string, rel: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (sub: string) => {
    const folder = await insidePath(root, sub ? `${rel}/${sub}` : rel);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = sub ? `${sub}/${e.name}` : e.name;
      if (e.isSymbolicLink()) await insidePath(root, `${rel}/${p}`);
      else if (e.isDirectory()) await walk(p);
      else out.push(p);
    }
  };
  await walk("");
  return out.sort();
}
