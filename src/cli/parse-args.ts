import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { UserError } from "../errors.js";
import { COMMANDS } from "./commands.js";
import { takesFlag } from "./help.js";
import { FLAGS, type FlagSpec, type Flags } from "./options.js";
import { closest } from "./suggest.js";

export interface ParsedArgs {
  command: string;
  /** True when argv named the command (`create-zero-trust update --help` asks for update's help). */
  explicit: boolean;
  positionals: string[];
  flags: Flags;
}

const COMMAND_NAMES = COMMANDS.map((c) => c.name);
const FLAG_NAMES = Object.keys(FLAGS);

/** `create-zero-trust [command] [args] [flags]`; no command means the wizard (`create`). */
export function parseArgv(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (err) {
    const message = (err as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    const unknown = /Unknown option '--?([^']+)'/.exec(message)?.[1];
    const near = unknown ? closest(unknown, FLAG_NAMES) : undefined;
    throw new UserError(`${message}${near ? `; did you mean --${near}?` : ""}\nRun create-zero-trust --help for the list of commands and flags.`);
  }
  const flags = parsed.values as Flags;
  const [first, ...rest] = parsed.positionals;
  const known = COMMAND_NAMES.includes(first!);
  const command = known ? first! : "create";
  const positionals = known ? rest : parsed.positionals;
  if (flags.help) return { command, explicit: known, positionals, flags };
  // A mistyped command must not silently become the name of a new folder; ./NAME still means a folder.
  const near = !known && first ? closest(first, COMMAND_NAMES) : undefined;
  if (near) throw new UserError(`unknown command "${first}"; did you mean ${near}? (to create a folder of that name, pass ./${first})`);
  if (command === "create" && positionals.length > 1)
    throw new UserError(`unknown command "${positionals[0]}"; expected one of ${COMMAND_NAMES.join(", ")} or a target folder`);
  checkFlagsTaken(command, flags);
  if (flags.verify && flags["no-verify"]) throw new UserError("--verify and --no-verify contradict each other; pass one");
  if (flags.example && flags.answers) throw new UserError("--example and --answers both name the answers; pass one");
  if (flags.format && !["json", "sarif", "ocsf"].includes(flags.format)) throw new UserError(`--format ${flags.format}: expected json, sarif or ocsf`);
  if (flags.capacity !== undefined && !/^[1-9]\d*$/.test(flags.capacity)) throw new UserError(`--capacity ${flags.capacity}: expected a whole number of at least 1`);
  if (flags.concurrency !== undefined && !/^[1-9]\d*$/.test(flags.concurrency)) throw new UserError(`--concurrency ${flags.concurrency}: expected a whole number of at least 1`);
  if (flags.deadline !== undefined && !/^[1-9]\d{0,5}$/.test(flags.deadline)) throw new UserError(`--deadline ${flags.deadline}: expected a whole number of seconds from 1 to 999999`);
  return { command, explicit: known, positionals, flags };
}

/** A flag meant for another command is an error naming the commands that take it, not silently ignored. */
function checkFlagsTaken(command: string, flags: Flags): void {
  for (const name of Object.keys(flags)) {
    const spec = (FLAGS as Record<string, FlagSpec>)[name]!;
    if (takesFlag(spec, command)) continue;
    throw new UserError(`${command} does not take --${name} (it is a flag of ${spec.commands!.join(", ")}); see create-zero-trust ${command} --help`);
  }
}

export const resolveFrom = (cwd: string, p: string) => resolve(cwd, p);
