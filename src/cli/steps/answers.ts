import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { UserError } from "../../errors.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import { PILLAR_IDS, type PillarId } from "../../model/pillars.js";
import { emptyAnswers, missingAnswers, missingError, readAnswersFile, requireComplete, type CompleteAnswers } from "../../questionnaire/answers.js";
import type { AnswersFile } from "../../questionnaire/answers-schema.js";
import { Cancelled, askQuestionnaire } from "../../questionnaire/ask/index.js";
import { createPrompter } from "../../questionnaire/ask/prompter.js";
import { applyDefaults } from "../../questionnaire/defaults.js";
import type { Questionnaire } from "../../questionnaire/model.js";
import { serializeAnswers } from "../../questionnaire/serialize.js";
import { applyOverrides } from "../../questionnaire/set-overrides.js";
import { outputWidth, wrapBlock } from "../../text/wrap.js";
import type { CustomerStore } from "../../workshop/store.js";
import type { Context } from "../context.js";
import { invocation } from "../invocation.js";
import { resolveFrom } from "../parse-args.js";

export const DEFAULT_ANSWERS_FILE = "zero-trust-answers.yaml";
export const EXAMPLE_ANSWERS = "acme.yaml";

export interface ResolvedAnswers {
  answers: CompleteAnswers;
  /** Where the answers came from, for messages. */
  source?: string;
  /** Where they are saved (absent for the read-only built-in example). */
  savedTo?: string;
}

export interface AnswerSources {
  /** Default save location when neither --answers nor --example names one; none (dry runs) saves nothing. */
  defaultFile?: string;
  title: string;
}

/**
 * Answers from --example, --answers or a saved file, then --set, then whatever is missing: asked
 * in a terminal, defaults with --yes, otherwise an error naming every missing question.
 * Returns null, after saying so, when a --pillar session leaves other pillars unanswered (nothing to score yet).
 */
export async function resolveAnswers(ctx: Context, questionnaire: Questionnaire, sources: AnswerSources): Promise<ResolvedAnswers | null> {
  const { flags } = ctx;
  const pillars = sessionPillars(flags.pillar);

  // Where answers are saved: the customer's workshop folder, else the --answers file, else the
  // default file; the built-in example is read-only.
  let savedTo: string | undefined;
  let customer: CustomerStore | undefined;
  if (flags.customer) {
    const { openCustomer } = await import("../../workshop/index.js");
    customer = await openCustomer(ctx, flags.customer);
    await customer.ensure();
    savedTo = customer.paths.answersFile;
  } else if (flags.answers) savedTo = resolveFrom(ctx.cwd, flags.answers);
  else if (!flags.example) savedTo = sources.defaultFile;
  const customerName = customer?.name;

  let source: string | undefined;
  let answers = emptyAnswers();
  if (flags.example) source = join(ctx.paths.examples, EXAMPLE_ANSWERS);
  else if (flags.answers) source = resolveFrom(ctx.cwd, flags.answers);
  else if (savedTo && existsSync(savedTo)) {
    // A workshop resumes silently; elsewhere a file left by an earlier run is offered, not imposed.
    const resume = flags.customer || (ctx.interactive && (await createPrompter(ctx.io).confirm(`Resume the answers saved in ${relative(ctx.cwd, savedTo) || savedTo}?`, true)));
    if (resume) source = savedTo;
  }
  if (source) answers = await readAnswersFile(source, questionnaire);
  // The customer's name is the organization's unless the answers say otherwise.
  if (customerName && !answers.organization.name) answers = { ...answers, organization: { ...answers.organization, name: customerName } };
  if (flags.set?.length) answers = applyOverrides(answers, flags.set, questionnaire);

  const save = async (a: AnswersFile) => {
    if (savedTo) await writeFileAtomic(savedTo, serializeAnswers(a, questionnaire));
  };
  const missing = missingAnswers(answers, questionnaire).length > 0;
  const before = answers;
  if (flags.reanswer && !ctx.interactive) throw new UserError("--reanswer walks through the questions in a terminal; none is attached (or CI is set)");
  let asked = false;
  if (missing && flags.yes && !flags.pillar) {
    const before = new Set(answers.defaulted ?? []);
    answers = applyDefaults(answers, questionnaire);
    const count = (answers.defaulted ?? []).filter((id) => !before.has(id)).length;
    if (count) ctx.io.stderr.write(wrapBlock(`--yes took the default for ${count} unanswered question${count === 1 ? "" : "s"}; ${savedTo ? `they are listed under defaulted: in ${relative(ctx.cwd, savedTo) || savedTo} and ` : ""}the report marks them.\n`, outputWidth(ctx.io.stderr)));
  } else if ((missing || flags.reanswer) && ctx.interactive) {
    try {
      answers = await askQuestionnaire({
        io: ctx.io,
        questionnaire,
        answers,
        save,
        title: sources.title,
        pillars,
        savedTo,
        resumeHint: resumeCommand(ctx, savedTo),
        reanswer: flags.reanswer,
        hideStages: flags["hide-stages"],
        notes: flags.notes,
      });
    } catch (err) {
      if (!(err instanceof Cancelled) || !savedTo) throw err;
      throw new Cancelled(`Cancelled. The answers given so far are saved in ${relative(ctx.cwd, savedTo) || savedTo}; resume with: ${resumeCommand(ctx, savedTo)}`);
    }
    asked = true;
  }
  // The date reports show: kept from the file unless the answers changed now.
  if (missing || asked || flags.set?.length || !answers.assessedAt) answers = { ...answers, assessedAt: today(ctx.env) };
  if (asked || flags.customer) await save(answers);
  if (customer && (asked || flags.yes)) await recordWorkshopSession(ctx, customer, questionnaire, before, answers);
  const from = source ? relative(ctx.cwd, source) || source : "the answers (no answers file given)";
  if (pillars) {
    // Some pillars at a time: only the profile and those pillars must be complete now.
    const open = missingAnswers(answers, questionnaire).filter((m) => m.id.startsWith("organization.") || pillars.includes(questionnaire.questions.get(m.id)?.pillar as PillarId));
    if (open.length) throw missingError(open, from, "or add them to the answers file");
    if (missingAnswers(answers, questionnaire).length) {
      ctx.io.stderr.write(wrapBlock(`${pillars.length === 1 ? "Pillar" : "Pillars"} ${pillars.join(", ")} saved. Other pillars still have unanswered questions; continue with: ${resumeCommand(ctx, savedTo)} --pillar ID\n`, outputWidth(ctx.io.stderr)));
      await printInterim(ctx, questionnaire, answers);
      return null;
    }
  } else if (customerName && missingAnswers(answers, questionnaire).length && !missingAnswers(answers, questionnaire).some((m) => m.id.startsWith("organization."))) {
    // A workshop between sessions: what is answered so far, not an error about what is not.
    await printInterim(ctx, questionnaire, answers);
    ctx.io.stderr.write(wrapBlock(`Continue with: ${resumeCommand(ctx, savedTo)} --pillar ID (or --yes to take the defaults for the rest)\n`, outputWidth(ctx.io.stderr)));
    return null;
  }
  const complete = requireComplete(answers, questionnaire, from);
  return { answers: complete, source, savedTo };
}

/** Workshop mode: who was in the room, what the session set out to cover and what it changed. */
async function recordWorkshopSession(ctx: Context, store: CustomerStore, questionnaire: Questionnaire, before: AnswersFile, after: AnswersFile): Promise<void> {
  const { recordSession, sessionChanges } = await import("../../workshop/sessions.js");
  const participants = ctx.flags.participants?.split(",").map((p) => p.trim()).filter(Boolean);
  await recordSession(store, {
    date: after.assessedAt ?? today(ctx.env),
    ...(ctx.flags.consultant ? { consultant: ctx.flags.consultant } : {}),
    ...(participants?.length ? { participants } : {}),
    scope: sessionPillars(ctx.flags.pillar) ?? "all",
    ...sessionChanges(questionnaire, before, after),
  });
}

/** `--pillar identity,devices`: the pillars a session covers, each checked against the known ids. */
function sessionPillars(flag: string | undefined): PillarId[] | undefined {
  if (!flag) return undefined;
  const ids = flag.split(",").map((id) => id.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !(PILLAR_IDS as readonly string[]).includes(id));
  if (unknown.length || !ids.length) throw new UserError(`--pillar ${flag}: expected one or more of ${PILLAR_IDS.join(", ")}, separated by commas`);
  return ids as PillarId[];
}

async function printInterim(ctx: Context, questionnaire: Questionnaire, answers: AnswersFile): Promise<void> {
  const { formatInterim } = await import("../../workshop/index.js");
  ctx.io.stdout.write(wrapBlock(formatInterim(questionnaire, answers, answers.organization.name ?? ctx.flags.customer ?? "the organization"), outputWidth(ctx.io.stdout)));
}

/** The command that picks up these answers again, as the user started the tool. */
function resumeCommand(ctx: Context, savedTo: string | undefined): string {
  const from = ctx.flags.customer ? `--customer ${JSON.stringify(ctx.flags.customer)}` : savedTo ? `--answers ${relative(ctx.cwd, savedTo) || savedTo}` : "";
  return [invocation(ctx.env, ctx.version), ctx.command === "create" ? ctx.positionals[0] : ctx.command, from].filter(Boolean).join(" ");
}

/** The report date; SOURCE_DATE_EPOCH makes generated output reproducible (tests, packaging). */
export function today(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : Date.now();
  return new Date(epoch).toISOString().slice(0, 10);
}
