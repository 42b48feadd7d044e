/**
 * An error caused by something a person wrote (a flag, an answers file, a questionnaire, a template).
 * The CLI prints its message without a stack trace and exits 1.
 */
export class UserError extends Error {
  override readonly name = "UserError";
  constructor(message: string, readonly details: string[] = []) {
    super(details.length ? `${message}\n${details.map((d) => `  - ${d}`).join("\n")}` : message);
  }
}

/** Formats one problem as `file:line:col: path: message` so editors can jump to it. */
export function located(file: string, where: { line?: number; col?: number; path?: string }, message: string): string {
  const pos = where.line ? `:${where.line}:${where.col ?? 1}` : "";
  const path = where.path ? ` ${where.path}:` : "";
  return `${file}${pos}:${path} ${message}`;
}
