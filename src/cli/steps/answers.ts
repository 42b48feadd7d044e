import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { UserError } from "../../errors.js";
import { writeFileAtomic } from "../../fs/atomic-write.js";
import { PILLAR_IDS } from "../../model/pillars.js";
import { emptyAnswers, missingAnswers, missingError, readAnswersFile, requireComplete, type CompleteAnswers } from "../../questionnaire/answers.js";
import type { AnswersFile } from "../../questionnaire/answers-schema.js";
import { Cancelled, askQuestionnaire } from "../../questionnaire/ask/index.js";
import { createPrompter } from "../../questionnaire/ask/prompter.js";
import { applyDefaults } from "../../questionnaire/defaults.js";
import type { Questionnaire } from "../../questionnaire/model.js";
import { serializeAnswers } from "../../questionnaire/serialize.js";
import { applyOverrides } from "../../questionnaire/set-overrides.js";
import type { Context } from "../context.js";
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
  if (flags.pillar && !(PILLAR_IDS as readonly string[]).includes(flags.pillar)) throw new UserError(`--pillar ${flags.pillar}: expected one of ${PILLAR_IDS.join(", ")}`);

  // Where answers are saved: the customer's workshop folder, else the --answers file, else the
  // default file; the built-in example is read-only.
  let savedTo: string | undefined;
  if (flags.customer) {
    const { openCustomer } = await import("../../workshop/index.js");
    const store = await openCustomer(ctx, flags.customer);
    await store.ensure();
    savedTo = store.paths.answersFile;
  } else if (flags.answers) savedTo = resolveFrom(ctx.cwd, flags.answers);
  else if (!flags.example) savedTo = sources.defaultFile;

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
  if (flags.set?.length) answers = applyOverrides(answers, flags.set, questionnaire);

  const save = async (a: AnswersFile) => {
    if (savedTo) await writeFileAtomic(savedTo, serializeAnswers(a, questionnaire));
  };
  const missing = missingAnswers(answers, questionnaire).length > 0;
  let asked = false;
  if (missing && flags.yes && !flags.pillar) answers = applyDefaults(answers, questionnaire);
  else if (missing && ctx.interactive) {
    try {
      answers = await askQuestionnaire({ io: ctx.io, questionnaire, answers, save, title: sources.title, pillars: flags.pillar ? [flags.pillar] : undefined, savedTo });
    } catch (err) {
      if (!(err instanceof Cancelled) || !savedTo) throw err;
      throw new Cancelled(`Cancelled. The answers given so far are saved in ${relative(ctx.cwd, savedTo) || savedTo}; resume with: ${resumeCommand(ctx, savedTo)}`);
    }
    asked = true;
  }
  // The date reports show: kept from the file unless the answers changed now.
  if (missing || flags.set?.length || !answers.assessedAt) answers = { ...answers, assessedAt: today(ctx.env) };
  if (asked || flags.customer) await save(answers);
  const from = source ? relative(ctx.cwd, source) || source : "the answers (no answers file given)";
  if (flags.pillar) {
    // One pillar at a time: only the profile and that pillar must be complete now.
    const open = missingAnswers(answers, questionnaire).filter((m) => m.id.startsWith("organization.") || questionnaire.questions.get(m.id)?.pillar === flags.pillar);
    if (open.length) throw missingError(open, from, "or add them to the answers file");
    if (missingAnswers(answers, questionnaire).length) {
      ctx.io.stderr.write(`Pillar ${flags.pillar} saved. Other pillars still have unanswered questions; continue with: ${resumeCommand(ctx, savedTo)} --pillar ID\n`);
      return null;
    }
  }
  const complete = requireComplete(answers, questionnaire, from);
  return { answers: complete, source, savedTo };
}

/** The command that picks up these answers again. */
function resumeCommand(ctx: Context, savedTo: string | undefined): string {
  const from = ctx.flags.customer ? `--customer ${JSON.stringify(ctx.flags.customer)}` : savedTo ? `--answers ${relative(ctx.cwd, savedTo) || savedTo}` : "";
  return ["create-zero-trust", ctx.command === "create" ? ctx.positionals[0] : ctx.command, from].filter(Boolean).join(" ");
}

/** The report date; SOURCE_DATE_EPOCH makes generated output reproducible (tests, packaging). */
export function today(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) * 1000 : Date.now();
  return new Date(epoch).toISOString().slice(0, 10);
}
