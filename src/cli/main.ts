import { UserError } from "../errors.js";
import { osErrorLine } from "../os-error.js";
import { visible } from "../text/free-text.js";
import { Cancelled } from "../questionnaire/ask/cancelled.js";
import { colorsFor } from "../colors.js";
import { COMMANDS } from "./commands.js";
import { isInteractive, packagePaths, type Context, type IO } from "./context.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { commandHelpText, helpText } from "./help.js";
import { findPackageRoot } from "../package-root.js";
import { parseArgv, resolveFrom } from "./parse-args.js";

export interface MainOptions {
  argv: string[];
  io: IO;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Tests may force interactivity when they drive the prompts through injected streams. */
  interactive?: boolean;
}

/** The whole CLI as a function: no process globals, so tests can run it in-process with streams. */
export async function main(opts: MainOptions): Promise<ExitCode> {
  const { io } = opts;
  const pc = colorsFor(io.stderr, opts.env);
  try {
    const { root, version } = findPackageRoot();
    const args = parseArgv(opts.argv);
    if (args.flags.version) {
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    if (args.flags.help) {
      io.stdout.write(args.explicit ? commandHelpText(version, COMMANDS.find((c) => c.name === args.command)!) : helpText(version));
      return EXIT.ok;
    }
    const ctx: Context = {
      ...args,
      io,
      env: opts.env,
      cwd: opts.cwd,
      interactive: opts.interactive ?? isInteractive(io, opts.env),
      version,
      colors: colorsFor(io.stdout, opts.env),
      paths: packagePaths(root, args.flags.templates ? resolveFrom(opts.cwd, args.flags.templates) : undefined),
    };
    const command = COMMANDS.find((c) => c.name === ctx.command)!;
    const { run } = await command.load();
    return await run(ctx);
  } catch (err) {
    if (err instanceof Cancelled) {
      io.stderr.write(`${err.message || "Cancelled."}\n`);
      return EXIT.error;
    }
    if (err instanceof UserError) {
      io.stderr.write(`${pc.red("error")} ${visible(err.message)}\n`);
      return EXIT.error;
    }
    const os = osErrorLine(err);
    if (os) {
      io.stderr.write(`${pc.red("error")} ${visible(os)}\n`);
      return EXIT.error;
    }
    io.stderr.write(`${pc.red("unexpected error")} ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.error;
  }
}
