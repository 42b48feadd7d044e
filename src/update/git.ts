import { UserError } from "../errors.js";

/**
 * Paths (relative to dir, POSIX) with uncommitted changes, untracked files included; undefined
 * when dir is not inside a git work tree or git is not installed (updates work without git).
 */
export async function uncommittedFiles(dir: string): Promise<Set<string> | undefined> {
  const { execa } = await import("execa");
  const prefix = await execa("git", ["rev-parse", "--show-prefix"], { cwd: dir, reject: false });
  if (prefix.failed || prefix.exitCode !== 0) return undefined;
  const status = await execa("git", ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."], { cwd: dir, reject: false });
  if (status.exitCode !== 0) return undefined;
  const pre = prefix.stdout.trim();
  const out = new Set<string>();
  const entries = status.stdout.split("\0");
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (e.length < 4) continue;
    const xy = e.slice(0, 2);
    const path = e.slice(3);
    if (xy[0] === "R" || xy[0] === "C") i++; // the next entry is the rename's source
    if (path.startsWith(pre)) out.add(path.slice(pre.length));
  }
  return out;
}

/** Refuses an update that would touch files with uncommitted changes (the user's safety net is git). */
export async function refuseDirtyFiles(dir: string, touched: string[]): Promise<void> {
  if (!touched.length) return;
  const dirty = await uncommittedFiles(dir);
  if (!dirty) return;
  const hit = touched.filter((p) => dirty.has(p));
  if (hit.length)
    throw new UserError(
      `${hit.length} file${hit.length > 1 ? "s" : ""} the update would change ${hit.length > 1 ? "have" : "has"} uncommitted changes; commit or stash them first (then \`git diff\` shows what the update did), or pass --force`,
      hit,
    );
}
