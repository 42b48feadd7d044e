import type { Context } from "./context.js";
import type { ExitCode } from "./exit-codes.js";

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Loaded on demand so `--help` and the questionnaire never pay for handlebars or the AWS SDK. */
  load: () => Promise<{ run: (ctx: Context) => Promise<ExitCode> }>;
}

export const COMMANDS: Command[] = [
  { name: "create", usage: "create-zero-trust [dir]", summary: "Questionnaire, optional live verification, then render the repository and report into dir", load: () => import("./commands/create.js") },
  { name: "assess", usage: "create-zero-trust assess", summary: "Questionnaire and scoring only; prints the maturity table and writes ASSESSMENT.md", load: () => import("./commands/assess.js") },
  { name: "verify", usage: "create-zero-trust verify [merge FILE...]", summary: "Read-only live checks across the AWS organization; exit 2 on failing findings", load: () => import("./commands/verify.js") },
  { name: "update", usage: "create-zero-trust update [dir]", summary: "Regenerate dir from its stored answers with this version, keeping your edits (3-way merge)", load: () => import("./commands/update.js") },
  { name: "report", usage: "create-zero-trust report [dir]", summary: "Regenerate ASSESSMENT.md and assessment/report.html from saved answers and evidence", load: () => import("./commands/report.js") },
  { name: "customers", usage: "create-zero-trust customers [list | export NAME]", summary: "Workshop mode: list customers, export a customer's answers for hand-over", load: () => import("./commands/customers.js") },
  { name: "questions", usage: "create-zero-trust questions", summary: "List every question id with its allowed values and default (for writing answers files)", load: () => import("./commands/questions.js") },
];
