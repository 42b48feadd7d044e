import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams and no TTY (so nothing can wait for input). */
export async function runCli(argv: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; stdin?: NodeJS.ReadableStream }): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d) => (out += d));
  stderr.on("data", (d) => (err += d));
  const stdin = (opts.stdin as PassThrough | undefined) ?? new PassThrough();
  if (!opts.stdin) (stdin as PassThrough).end();
  const code = await main({ argv, io: { stdin: stdin as PassThrough, stdout, stderr }, env: { ...opts.env, CI: "true", NO_COLOR: "1" }, cwd: opts.cwd, interactive: false });
  return { code, stdout: out, stderr: err };
}
