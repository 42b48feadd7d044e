/** contract: the generated repository's own state folder, and what sits in it. */
export const STATE_DIR = ".zero-trust";
export const ANSWERS_FILE = `${STATE_DIR}/answers.yaml`;
export const MANIFEST_FILE = `${STATE_DIR}/manifest.json`;
export const EVIDENCE_FILE = `${STATE_DIR}/evidence.json`;
/** The last rendered tree, byte for byte: the base (B) of every 3-way merge. */
export const BASE_DIR = `${STATE_DIR}/base`;
/** Written before an update touches anything, removed when it is complete (see journal.ts). */
export const JOURNAL_FILE = `${STATE_DIR}/update-journal.json`;

/** Conflict markers written into files (standard diff3 style, understood by editors). */
export const MARKERS = { yours: "<<<<<<< yours", base: "||||||| base", split: "=======", next: ">>>>>>> new" } as const;
/** Where a binary file's new version is written when it cannot be merged. */
export const sidecarPath = (path: string) => `${path}.new`;

/**
 * A tree path must stay inside the repository and outside the state folder: a template that
 * names `../x` or `.zero-trust/...` is a bug we refuse rather than write.
 */
export function checkTreePath(path: string): string | undefined {
  if (path === "" || path.startsWith("/") || path.includes("\\")) return "expected a relative POSIX path";
  if (path.split("/").some((s) => s === "" || s === "." || s === "..")) return "empty, . or .. segments are not allowed";
  if (path === STATE_DIR || path.startsWith(`${STATE_DIR}/`)) return `${STATE_DIR}/ is reserved for the tool's state`;
  return undefined;
}
