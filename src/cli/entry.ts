import { main } from "./main.js";

const code = await main({ argv: process.argv.slice(2), io: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, env: process.env, cwd: process.cwd() });
process.exitCode = code;
