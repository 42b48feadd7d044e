import type { Readable, Writable } from "node:stream";
import { join } from "node:path";
import type { Colors } from "../colors.js";
import type { Flags } from "./options.js";

export interface IO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Built once from argv and the environment, then handed to every step (create-astro's pattern). */
export interface Context {
  command: string;
  positionals: string[];
  flags: Flags;
  io: IO;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True only when a person can answer: stdin and stdout are terminals and CI is not set. */
  interactive: boolean;
  version: string;
  /** Colours for stdout, off unless stdout is a terminal. */
  colors: Colors;
  paths: { root: string; questionnaires: string; checks: string; templates: string; examples: string };
}

export function packagePaths(root: string, templates?: string) {
  return {
    root,
    questionnaires: join(root, "questionnaires"),
    checks: join(root, "checks"),
    templates: templates ?? join(root, "templates"),
    examples: join(root, "examples"),
  };
}

export function isInteractive(io: IO, env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false";
  return !ci && (io.stdin as { isTTY?: boolean }).isTTY === true && (io.stdout as { isTTY?: boolean }).isTTY === true;
}
