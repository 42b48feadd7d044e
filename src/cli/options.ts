/** Every flag the CLI accepts, in one table: the parser, the help text and the docs all read it. */
export interface FlagSpec {
  type: "boolean" | "string";
  short?: string;
  multiple?: boolean;
  arg?: string;
  help: string;
  /** Commands that take the flag (their help lists it; any other command rejects it); absent: every command. */
  commands?: string[];
  hidden?: boolean;
}

export const FLAGS = {
  help: { type: "boolean", short: "h", help: "Show this help" },
  version: { type: "boolean", short: "v", help: "Print the version" },
  answers: { type: "string", arg: "FILE", help: "Replay an answers file; missing answers are asked in a terminal and saved back to it", commands: ["create", "assess", "verify", "update", "report"] },
  example: { type: "boolean", help: "Use the built-in example organization instead of an answers file", commands: ["create", "assess", "verify"] },
  yes: { type: "boolean", short: "y", help: "Take each question's documented default for anything not answered (and say how many)", commands: ["create", "assess", "update"] },
  set: { type: "string", multiple: true, arg: "KEY=VALUE", help: "Override one answer, e.g. --set organization.iac=cloudformation (repeatable)", commands: ["create", "assess", "update"] },
  json: { type: "boolean", help: "Print machine-readable JSON on stdout" },
  pillar: { type: "string", arg: "ID", help: "Ask only this pillar (workshops split by team)", commands: ["assess", "create"] },
  "hide-stages": { type: "boolean", help: "Hide the stage labels of the options while asking (they sway a customer)", commands: ["create", "assess"] },
  notes: { type: "boolean", help: "Ask for an optional note after each answer and each pillar (kept in the answers file, shown in the report)", commands: ["create", "assess"] },
  consultant: { type: "string", arg: "NAME", help: "Workshop session record: who facilitated", commands: ["assess"] },
  participants: { type: "string", arg: "LIST", help: "Workshop session record: who took part, comma-separated", commands: ["assess"] },
  customer: { type: "string", arg: "NAME", help: "Keep answers, evidence and reports in this customer's workshop folder", commands: ["create", "assess", "report", "customers"] },
  evidence: { type: "string", arg: "FILE", help: "Use evidence saved by `verify --output` instead of scanning", commands: ["create", "assess", "update", "report"] },
  verify: { type: "boolean", help: "Run live verification after the questionnaire without asking", commands: ["create", "assess"] },
  "no-verify": { type: "boolean", help: "Never run live verification", commands: ["create", "assess"] },
  "no-git": { type: "boolean", help: "Do not offer git init and a first commit at the end", commands: ["create"] },
  profile: { type: "string", arg: "NAME", help: "AWS profile from the shared config (default: the standard credential chain)", commands: ["verify", "create", "assess"] },
  "role-name": { type: "string", arg: "NAME", help: "Role assumed in each member account (default OrganizationAccountAccessRole)", commands: ["verify", "create", "assess"] },
  regions: { type: "string", arg: "LIST", help: "Comma-separated regions to scan (default: the answers' regions, else the enabled ones)", commands: ["verify", "create", "assess"] },
  accounts: { type: "string", arg: "LIST", help: "Comma-separated account ids to scan (default: every active account)", commands: ["verify", "create", "assess"] },
  concurrency: { type: "string", arg: "N", help: "Accounts scanned at once (default 8)", commands: ["verify", "create", "assess"] },
  deadline: { type: "string", arg: "SECONDS", help: "End the scan after SECONDS; what it could not evaluate by then is reported (exit 4)", commands: ["verify", "create", "assess"] },
  baseline: { type: "string", arg: "FILE", help: "Fail (exit 2) only on findings new or regressed since this evidence file (scheduled drift checks)", commands: ["verify"] },
  shard: { type: "string", arg: "I/N", help: "Scan only slice I of N of the accounts (combine with `verify merge`)", commands: ["verify", "create", "assess"] },
  output: { type: "string", short: "o", arg: "FILE", help: "Write the result to FILE as well (report: the folder to write into; customers export: the answers file)", commands: ["verify", "report", "customers"] },
  format: { type: "string", arg: "FMT", help: "Format of --output: json (default), sarif or ocsf", commands: ["verify"] },
  "dry-run": { type: "boolean", help: "Show what would be written (and diffs for update); write nothing", commands: ["create", "update"] },
  force: { type: "boolean", help: "Write into a non-empty folder / over uncommitted git changes", commands: ["create", "update"] },
  check: { type: "boolean", help: "Write nothing; exit 0 if up to date, 2 if changes are pending, 3 if they would conflict", commands: ["update"] },
  reanswer: { type: "boolean", help: "Re-open the questionnaire with the previous answers preselected", commands: ["update", "assess"] },
  capacity: { type: "string", arg: "N", help: "Roadmap steps run at once, for the timeline's dates (default 3)", commands: ["create", "update", "report"] },
  pdf: { type: "boolean", help: "Also print the report to assessment/report.pdf (needs Chromium)", commands: ["report"] },
  open: { type: "boolean", help: "Open the report (the PDF with --pdf) when written", commands: ["report"] },
  compare: { type: "string", arg: "OLD", help: "Show progress against an older assessment (folder or file)", commands: ["report"] },
  templates: { type: "string", arg: "DIR", help: "Use another templates folder (template authors, tests)", hidden: true },
} as const satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof FLAGS;
export type Flags = {
  [K in FlagName]?: (typeof FLAGS)[K] extends { type: "boolean" } ? boolean : (typeof FLAGS)[K] extends { multiple: true } ? string[] : string;
};
