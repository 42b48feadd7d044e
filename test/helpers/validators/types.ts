/** One problem a real validator found in a generated file. */
export interface Problem {
  tool: string;
  path: string;
  line?: number;
  message: string;
}

/** What one validator did: how many files it checked, what it found, or why it could not run. */
export interface ValidatorResult {
  tool: string;
  checked: number;
  problems: Problem[];
  /** Set when the tool is missing on this machine: tests must report it, never pass silently. */
  skipped?: string;
}

/** Generated files as path -> text (a FileTree with string contents). */
export type Files = ReadonlyMap<string, string | Uint8Array>;

export const textOf = (c: string | Uint8Array): string => (typeof c === "string" ? c : Buffer.from(c).toString("utf8"));
export const select = (files: Files, test: (path: string) => boolean): [string, string][] =>
  [...files.entries()].filter(([p]) => test(p)).map(([p, c]) => [p, textOf(c)]);
