import { main } from "./main.js";

// `create-zero-trust questions --json | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
    process.exit(process.exitCode ?? 0);
  });

// The AWS SDK warns on every scan that its future versions will need Node 22; users of this CLI can
// act on none of it (package.json states the Node versions the CLI supports).
const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  if (String(typeof warning === "string" ? warning : warning.message).startsWith("NodeVersionSupportWarning")) return;
  emitWarning(warning, ...rest);
}) as typeof process.emitWarning;

const code = await main({ argv: process.argv.slice(2), io: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, env: process.env, cwd: process.cwd() });
process.exitCode = code;
