import { existsInside, listInside, readInside } from "../fs/guarded.js";
import { parseManifest, type Manifest } from "./manifest.js";
import { ANSWERS_FILE, BASE_DIR, JOURNAL_FILE, MANIFEST_FILE, STATE_DIR } from "./paths.js";

/** Every file under a folder, as POSIX paths relative to it (empty when the folder is missing). */
export const listFiles = (root: string) => listInside(root, "");

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
  const present = await existsInside(dir, STATE_DIR);
  if (!present) return { present, baseFiles: [], journal: false };
  const manifestText = (await readInside(dir, MANIFEST_FILE))?.toString("utf8");
  const read = parseManifest(manifestText);
  return {
    present,
    ...(read.manifest ? { manifest: read.manifest } : { manifestProblem: read.problem }),
    answersText: (await readInside(dir, ANSWERS_FILE))?.toString("utf8"),
    baseFiles: await listInside(dir, BASE_DIR),
    journal: await existsInside(dir, JOURNAL_FILE),
  };
}
