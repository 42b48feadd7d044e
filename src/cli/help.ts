import { wrapText } from "../text/wrap.js";
import { COMMANDS, type Command } from "./commands.js";
import { FLAGS, type FlagSpec } from "./options.js";

/** Help fits an 80-column terminal: every line is wrapped after its indentation is added. */
const WIDTH = 80;
const FLAG_COLUMN = 28;

const visibleFlags = () => Object.entries(FLAGS as Record<string, FlagSpec>).filter(([, s]) => !s.hidden);

/** Whether `command` takes the flag: the parser rejects the others and per-command help lists these. */
export const takesFlag = (spec: FlagSpec, command: string) => !spec.commands || spec.commands.includes(command);

function flagLines([name, spec]: [string, FlagSpec]): string {
  const left = `  ${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.arg ? ` ${spec.arg}` : ""}`;
  const indent = " ".repeat(FLAG_COLUMN + 1);
  // A long flag name takes its own line; the description then starts in the column.
  if (left.length > FLAG_COLUMN) return `${left}\n${wrapText(spec.help, WIDTH, indent)}`;
  return wrapText(spec.help, WIDTH, indent, `${left.padEnd(FLAG_COLUMN)} `);
}

const paragraph = (text: string, indent = "") => wrapText(text, WIDTH, indent);

const FOOTER = [
  "",
  paragraph("Without a terminal (or with CI set) nothing waits for input: missing answers are an error listing them."),
  paragraph("AWS access is read-only and uses the standard credential chain (AWS_PROFILE, env vars, SSO, instance roles, AWS_ENDPOINT_URL)."),
  "",
  paragraph("Exit codes: 0 ok, 1 error (or cancelled), 2 changes pending / failing findings, 3 merge conflicts left in files, 4 verify could not verify anything (no check could read what it needs)."),
];

/** The global help: what the tool is, the commands, the flags every command takes. */
export function helpText(version: string): string {
  const usageWidth = Math.max(...COMMANDS.map((c) => c.usage.replace("create-zero-trust ", "").length));
  return [
    `create-zero-trust ${version}`,
    paragraph("Assess an AWS organization against the seven pillars of Zero Trust, verify it live (read-only), and generate a tailored baseline repository with a phased adoption roadmap."),
    "",
    "Usage:",
    "  npm create zero-trust@latest -- [command] [dir] [flags]",
    "  npx create-zero-trust [command] [dir] [flags]",
    paragraph("npm needs the -- before flags.", "  "),
    "",
    "Commands:",
    ...COMMANDS.map((c) => {
      const usage = c.usage.replace("create-zero-trust ", "");
      return wrapText(c.summary, WIDTH, " ".repeat(usageWidth + 4), `  ${usage.padEnd(usageWidth)}  `);
    }),
    "",
    "Flags of every command:",
    ...visibleFlags().filter(([, s]) => !s.commands).map(flagLines),
    "",
    paragraph("Each command's own flags: create-zero-trust COMMAND --help (the wizard's: create-zero-trust create --help)."),
    ...FOOTER,
    "",
    "Examples:",
    "  npm create zero-trust@latest -- my-zero-trust --example --yes",
    "  npx create-zero-trust assess --answers answers.yaml --json",
    "  npx create-zero-trust assess --customer \"Acme Corp\" --pillar network",
    "  npx create-zero-trust verify --profile audit --role-name ZeroTrustAudit",
    "  npx create-zero-trust update --dry-run",
    "",
  ].join("\n");
}

/** One command's help: its usage, what it does and every flag it takes. */
export function commandHelpText(version: string, command: Command): string {
  const own = visibleFlags().filter(([, s]) => s.commands?.includes(command.name));
  const common = visibleFlags().filter(([, s]) => !s.commands);
  return [
    `create-zero-trust ${version}`,
    "",
    "Usage:",
    `  ${command.usage} [flags]`,
    "",
    paragraph(command.summary),
    "",
    "Flags:",
    ...own.map(flagLines),
    ...common.map(flagLines),
    ...FOOTER,
    "",
  ].join("\n");
}
