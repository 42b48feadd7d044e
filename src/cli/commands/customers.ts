import { existsSync } from "node:fs";
import { relative } from "node:path";
import { colorsFor } from "../../colors.js";
import { UserError } from "../../errors.js";
import { printable } from "../../printable.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import { readAnswersFile } from "../../questionnaire/answers.js";
import { loadQuestionnaire } from "../../questionnaire/load.js";
import { serializeAnswers } from "../../questionnaire/serialize.js";
import { listCustomers, type CustomerSummary } from "../../workshop/list.js";
import { openCustomer } from "../../workshop/store.js";
import { workshopHome } from "../../workshop/home.js";
import type { Context } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { resolveFrom } from "../parse-args.js";

/** `customers [list]` and `customers export NAME [--output FILE]`: workshop mode's folder of customers. */
export async function run(ctx: Context): Promise<ExitCode> {
  const [action = "list", ...rest] = ctx.positionals;
  if (action === "list") {
    if (rest.length) throw new UserError(`customers list takes no arguments; got ${rest.join(" ")}`);
    return list(ctx);
  }
  if (action === "export") {
    const name = rest.join(" ").trim() || ctx.flags.customer;
    if (!name) throw new UserError("customers export: name the customer, e.g. create-zero-trust customers export \"Acme Corp\" --output acme-answers.yaml");
    return exportAnswers(ctx, name);
  }
  throw new UserError(`customers ${action}: unknown action; expected list or export NAME`);
}

async function list(ctx: Context): Promise<ExitCode> {
  const { customers, problems } = await listCustomers(ctx, await loadQuestionnaire(ctx.paths.questionnaires));
  for (const p of problems) ctx.io.stderr.write(`${colorsFor(ctx.io.stderr, ctx.env).yellow("warning")} skipped ${p}\n`);
  if (ctx.flags.json) {
    ctx.io.stdout.write(JSON.stringify({ home: workshopHome(ctx.env, ctx.cwd), customers }, null, 2) + "\n");
    return EXIT.ok;
  }
  if (!customers.length) {
    ctx.io.stdout.write(`No customers yet in ${workshopHome(ctx.env, ctx.cwd)}.\nStart a workshop with: create-zero-trust assess --customer "Customer name"\n`);
    return EXIT.ok;
  }
  const header = ["Customer", "Pillars done", "Last assessed", "Overall stage", "Evidence", "Sessions"];
  const rows = customers.map(row);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  ctx.io.stdout.write([ctx.colors.dim(line(header)), ...rows.map(line), "", ctx.colors.dim(`Workshop folder: ${workshopHome(ctx.env, ctx.cwd)}`)].join("\n") + "\n");
  return EXIT.ok;
}

const row = (c: CustomerSummary): string[] => [
  printable(c.name),
  `${c.pillarsDone} of ${c.pillars} pillars`,
  c.lastAssessedAt ?? "not yet",
  c.overallStage ? `${c.overallStage} (${c.overallLevel!.toFixed(2)})` : "-",
  c.evidence ? "yes" : "no",
  `${c.sessions} (${c.snapshots.length} snapshot${c.snapshots.length === 1 ? "" : "s"})`,
];

async function exportAnswers(ctx: Context, name: string): Promise<ExitCode> {
  const store = await openCustomer(ctx, name);
  if (!store.exists()) throw new UserError(`no customer "${name}" in ${workshopHome(ctx.env, ctx.cwd)} (list them with: create-zero-trust customers)`);
  if (!existsSync(store.paths.answersFile)) throw new UserError(`customer "${printable(store.name)}" has no answers yet; nothing to export`);
  const questionnaire = await loadQuestionnaire(ctx.paths.questionnaires);
  // Re-validated and re-serialized: only the answers file contract leaves the machine, nothing else
  // from the customer's folder (evidence names accounts and resources; it stays with the consultant).
  const answers = await readAnswersFile(store.paths.answersFile, questionnaire);
  const text = serializeAnswers(answers, questionnaire);
  const output = ctx.flags.output ?? `${store.slug}-answers.yaml`;
  if (output === "-") {
    ctx.io.stdout.write(text);
    return EXIT.ok;
  }
  const file = resolveFrom(ctx.cwd, output);
  await writeFileAtomic(file, text);
  ctx.io.stdout.write(`Wrote ${relative(ctx.cwd, file) || file}: the answers of ${printable(store.name)}, replayable with create-zero-trust --answers ${relative(ctx.cwd, file) || file}\n`);
  return EXIT.ok;
}
