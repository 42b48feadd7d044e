/**
 * Operating-system errors as one line a person can act on: what failed, on which path, what to do.
 * Anything else is left to the caller (a bug, shown with its stack).
 */
const ADVICE: Record<string, (path: string) => string> = {
  ENOENT: (p) => `${p} does not exist; check the path`,
  ENOTDIR: (p) => `a part of ${p} is a file where a folder is needed; choose another path or move the file away`,
  EISDIR: (p) => `${p} is a folder where a file is needed; choose another path`,
  EEXIST: (p) => `${p} already exists and is in the way; choose another path or move it away`,
  ENOTEMPTY: (p) => `${p} is not empty; move its contents away or choose another path`,
  EACCES: (p) => `permission denied on ${p}; fix its permissions or choose another folder`,
  EPERM: (p) => `operation not permitted on ${p}; fix its permissions or choose another folder`,
  EROFS: (p) => `${p} is on a read-only filesystem; choose a writable folder`,
  ENOSPC: (p) => `no space left on the device holding ${p}; free some space and run again (nothing was half-written: a re-run completes)`,
  EDQUOT: (p) => `disk quota exceeded writing ${p}; free some space and run again`,
  ENAMETOOLONG: (p) => `the path ${p.length > 120 ? `${p.slice(0, 60)}…${p.slice(-40)}` : p} is too long for the filesystem; choose a shorter name`,
  ELOOP: (p) => `${p} goes through a loop of symbolic links; remove the loop`,
  EMFILE: (p) => `too many open files while reading ${p}; raise the limit (ulimit -n) and run again`,
  EIO: (p) => `input/output error on ${p}; check the disk`,
  EBUSY: (p) => `${p} is busy (in use by another program); close it and run again`,
};

export function osErrorLine(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException & { dest?: string };
  if (!(err instanceof Error) || typeof e.code !== "string" || !ADVICE[e.code]) return undefined;
  const path = e.dest ?? e.path ?? "a file";
  return `${e.syscall ? `${e.syscall} failed: ` : ""}${ADVICE[e.code]!(String(path))} (${e.code})`;
}
