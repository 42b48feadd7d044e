import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { UserError } from "../errors.js";
import { COMMANDS } from "./commands.js";
import { FLAGS, type Flags } from "./options.js";

export interface ParsedArgs {
  command: string;
  positionals: string[];
  flags: Flags;
}

/** `create-zero-trust [command] [args] [flags]`; no command means the wizard (`create`). */
export function parseArgv(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (err) {
    const message = (err as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UserError(`${message}\nRun create-zero-trust --help for the list of commands and flags.`);
  }
  const flags = parsed.values as Flags;
  const [first, ...rest] = parsed.positionals;
  const known = COMMANDS.some((c) => c.name === first);
  const command = known ? first! : "create";
  const positionals = known ? rest : parsed.positionals;
  if (flags.verify && flags["no-verify"]) throw new UserError("--verify and --no-verify contradict each other; pass one");
  if (flags.example && flags.answers) throw new UserError("--example and --answers both name the answers; pass one");
  if (flags.format && !["json", "sarif", "ocsf"].includes(flags.format)) throw new UserError(`--format ${flags.format}: expected json, sarif or ocsf`);
  if (flags.capacity !== undefined && !/^[1-9]\d*$/.test(flags.capacity)) throw new UserError(`--capacity ${flags.capacity}: expected a whole number of at least 1`);
  if (flags.concurrency !== undefined && !/^[1-9]\d*$/.test(flags.concurrency)) throw new UserError(`--concurrency ${flags.concurrency}: expected a whole number of at least 1`);
  if (command === "create" && positionals.length > 1)
    throw new UserError(`unknown command "${positionals[0]}"; expected one of ${COMMANDS.map((c) => c.name).join(", ")} or a target folder`);
  return { command, positionals, flags };
}

export const resolveFrom = (cwd: string, p: string) => resolve(cwd, p);
