import { COMMANDS } from "./commands.js";
import { FLAGS, type FlagSpec } from "./options.js";

export function helpText(version: string): string {
  const width = 30;
  const usageWidth = Math.max(...COMMANDS.map((c) => c.usage.length));
  const flagLine = ([name, spec]: [string, FlagSpec]) => {
    const left = `  ${spec.short ? `-${spec.short}, ` : "    "}--${name}${spec.arg ? ` ${spec.arg}` : ""}`;
    const scope = spec.commands ? ` [${spec.commands.join(", ")}]` : "";
    return `${left.padEnd(width)} ${spec.help}${scope}`;
  };
  return [
    `create-zero-trust ${version}`,
    "Assess an AWS organization against the seven pillars of Zero Trust, verify it live (read-only),",
    "and generate a tailored baseline repository with a phased adoption roadmap.",
    "",
    "Usage:",
    "  npm create zero-trust@latest -- [command] [dir] [flags]   (npm needs the -- before flags)",
    "  npx create-zero-trust [command] [dir] [flags]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(usageWidth)}  ${c.summary}`),
    "",
    "Flags:",
    ...Object.entries(FLAGS as Record<string, FlagSpec>).filter(([, s]) => !s.hidden).map(flagLine),
    "",
    "Without a terminal (or with CI set) nothing waits for input: missing answers are an error listing them.",
    "AWS access is read-only and uses the standard credential chain (AWS_PROFILE, env vars, SSO, instance roles, AWS_ENDPOINT_URL).",
    "",
    "Exit codes: 0 ok, 1 error (or cancelled), 2 changes pending / failing findings, 3 merge conflicts left in files, 4 verify could not verify anything (no check could read what it needs).",
    "",
    "Examples:",
    "  npm create zero-trust@latest -- my-zero-trust --example --yes",
    "  npx create-zero-trust assess --answers answers.yaml --json",
    "  npx create-zero-trust verify --profile audit --role-name ZeroTrustAudit --output evidence.json",
    "  npx create-zero-trust update --dry-run",
    "",
  ].join("\n");
}
