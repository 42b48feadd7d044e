import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { parseManifest, type Manifest } from "./manifest.js";
import { ANSWERS_FILE, BASE_DIR, JOURNAL_FILE, MANIFEST_FILE, STATE_DIR, onDisk } from "./paths.js";

/** Reads a file, or undefined when there is none. A folder where a file belongs is an error to fix. */
export async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    if (code === "EISDIR") throw new UserError(`${file} is a folder, but the generated repository has a file there; move it away and run again`);
    throw err;
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Every file under a folder, as POSIX paths relative to it (empty when the folder is missing). */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    let entries;
    try {
      entries = await readdir(rel ? join(root, rel) : root, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(p);
      else out.push(p);
    }
  };
  await walk("");
  return out.sort();
}

export interface StoredState {
  /** `.zero-trust/` exists: this folder is a previous output (possibly damaged). */
  present: boolean;
  manifest?: Manifest;
  /** Why the manifest cannot be used, when it cannot. */
  manifestProblem?: string;
  answersText?: string;
  /** Paths under `.zero-trust/base/`. */
  baseFiles: string[];
  journal: boolean;
}

/** The thin reader: what `.zero-trust/` holds, without judging it (plan.ts decides). */
export async function readStoredState(dir: string): Promise<StoredState> {
  const present = await exists(onDisk(dir, STATE_DIR));
  if (!present) return { present, baseFiles: [], journal: false };
  const manifestText = (await readIfExists(onDisk(dir, MANIFEST_FILE)))?.toString("utf8");
  const read = parseManifest(manifestText);
  return {
    present,
    ...(read.manifest ? { manifest: read.manifest } : { manifestProblem: read.problem }),
    answersText: (await readIfExists(onDisk(dir, ANSWERS_FILE)))?.toString("utf8"),
    baseFiles: await listFiles(onDisk(dir, BASE_DIR)),
    journal: await exists(onDisk(dir, JOURNAL_FILE)),
  };
}
