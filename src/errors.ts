/**
 * An error caused by something a person wrote (a flag, an answers file, a questionnaire, a template).
 * The CLI prints its message without a stack trace and exits 1.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  constructor(message: string, readonly details: string[] = []) {
    // A file with thousands of mistakes must not print megabytes: the first few say what to fix.
    const listed = details.length > MAX_LISTED ? [...details.slice(0, MAX_LISTED), `... and ${details.length - MAX_LISTED} more`] : details;
    super(listed.length ? `${message}\n${listed.map((d) => `  - ${d}`).join("\n")}` : message);
  }
}

/** How many problems an error lists. */
export const MAX_LISTED = 20;

/** A value quoted in a message: at most a short excerpt, so a 1 MB key does not make a 2 MB message. */
export const excerpt = (s: string, max = 60): string => (s.length > max ? `${s.slice(0, max)}... (${s.length} characters)` : s);

/** Keys that would reach or replace an object's prototype: rejected in every input rather than dropped. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** Formats one problem as `file:line:col: path: message` so editors can jump to it. */
export function located(file: string, where: { line?: number; col?: number; path?: string }, message: string): string {
  const pos = where.line ? `:${where.line}:${where.col ?? 1}` : "";
  const path = where.path ? ` ${where.path}:` : "";
  return `${file}${pos}:${path} ${message}`;
}
