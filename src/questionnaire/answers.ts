import { MAX_LISTED, UserError, excerpt, located } from "../errors.js";
import { IDENTITY_PROVIDERS, IAC_FLAVORS, CI_SYSTEMS, type OrganizationProfile } from "../model/profile.js";
import { readSource, parseSource, validateSource, type SourceFile } from "../data-file.js";
import { ANSWERS_SCHEMA_VERSION, answersFileSchema, type AnswersFile } from "./answers-schema.js";
import { migrateAnswersData } from "../update/migrations/index.js";
import { isVisible } from "./conditions.js";
import type { Question, Questionnaire } from "./model.js";

export const emptyAnswers = (): AnswersFile => ({ schemaVersion: ANSWERS_SCHEMA_VERSION, organization: {}, answers: {} });

/** The profile fields, in the order the wizard asks them, with the values allowed where they are fixed. */
export const PROFILE_FIELDS = [
  { key: "name", allowed: "any text" },
  { key: "regions", allowed: "a list of AWS regions, e.g. [eu-west-1]" },
  { key: "homeRegion", allowed: "one of the regions" },
  { key: "identityProvider", allowed: IDENTITY_PROVIDERS.join(" | ") },
  { key: "iac", allowed: IAC_FLAVORS.join(" | ") },
  { key: "ci", allowed: CI_SYSTEMS.join(" | ") },
] as const;

/** Reads, validates and checks an answers file against the questionnaire. Throws UserError naming file, key and allowed values. */
export async function readAnswersFile(file: string, questionnaire: Questionnaire): Promise<AnswersFile> {
  return checkAnswers(await readSource(file, "answers file"), questionnaire);
}

export function parseAnswersText(file: string, text: string, questionnaire: Questionnaire): AnswersFile {
  return checkAnswers(parseSource(file, text), questionnaire);
}

function checkAnswers(source: SourceFile, questionnaire: Questionnaire): AnswersFile {
  // Older schemaVersions are brought up to date by the explicit steps in src/update/migrations/.
  const parsed = validateSource({ ...source, data: migrateAnswersData(source.data, source.file).data }, answersFileSchema, "answers file");
  // Only the problems listed are located: locating is a walk of the file each time.
  const problems = answerProblems(parsed, questionnaire).map((p, i) => (i < MAX_LISTED ? located(source.file, { ...source.locate(p.path), path: excerpt(p.path.join(".")) }, p.message) : p.message));
  if (problems.length) throw new UserError(`${source.file} is not a valid answers file`, problems);
  return dropHidden(parsed, questionnaire);
}

/** Unknown question ids, invalid values and an inconsistent home region; the same rules apply to --set. */
export function answerProblems(answers: AnswersFile, questionnaire: Questionnaire): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  const { regions, homeRegion } = answers.organization;
  if (regions && homeRegion && !regions.includes(homeRegion))
    problems.push({ path: ["organization", "homeRegion"], message: `"${homeRegion}" is not one of the regions (${regions.join(", ")})` });
  for (const [id, value] of Object.entries(answers.answers)) {
    const question = questionnaire.questions.get(id);
    if (!question) {
      problems.push({ path: ["answers", id], message: `unknown question id "${excerpt(id)}"${suggest(id, [...questionnaire.questions.keys()])}` });
      continue;
    }
    const allowed = question.options.map((o) => o.value);
    if (Array.isArray(value) || !allowed.includes(value))
      problems.push({ path: ["answers", id], message: `invalid value ${JSON.stringify(value)}; expected one of ${allowed.join(", ")}` });
  }
  const pillarIds = new Set(questionnaire.pillars.map((p) => p.id as string));
  for (const id of Object.keys(answers.notes ?? {}))
    if (!questionnaire.questions.has(id) && !pillarIds.has(id))
      problems.push({ path: ["notes", id], message: `a note on "${id}", which is neither a question id nor a pillar id (${[...pillarIds].join(", ")})` });
  for (const key of ["unsure", "defaulted"] as const)
    (answers[key] ?? []).forEach((id, i) => {
      if (!questionnaire.questions.has(id)) problems.push({ path: [key, String(i)], message: `unknown question id "${id}"${suggest(id, [...questionnaire.questions.keys()])}` });
    });
  return problems;
}

function suggest(id: string, known: string[]): string {
  const prefix = id.split(".")[0] + ".";
  const near = known.filter((k) => k.startsWith(prefix));
  return near.length ? `; questions of that pillar: ${near.join(", ")}` : "";
}

/** Drops answers to questions whose conditions no longer hold (a stale answer must not score). */
export function dropHidden(answers: AnswersFile, questionnaire: Questionnaire): AnswersFile {
  const kept: AnswersFile["answers"] = {};
  // In questionnaire order, so a hidden question's dropped answer can in turn hide later ones.
  const view: AnswersFile = { ...answers, answers: kept };
  for (const q of questionnaire.questions.values()) {
    const v = answers.answers[q.id];
    if (v !== undefined && isVisible(q, view)) kept[q.id] = v;
  }
  return view;
}

export interface MissingAnswer {
  id: string;
  allowed: string;
}

/** What must still be asked: profile fields first, then visible unanswered questions, in order. */
export function missingAnswers(answers: AnswersFile, questionnaire: Questionnaire): MissingAnswer[] {
  const missing: MissingAnswer[] = PROFILE_FIELDS.filter((f) => answers.organization[f.key] === undefined).map((f) => ({
    id: `organization.${f.key}`,
    allowed: f.allowed,
  }));
  for (const q of questionnaire.questions.values())
    if (answers.answers[q.id] === undefined && isVisible(q, answers)) missing.push({ id: q.id, allowed: q.options.map((o) => o.value).join(" | ") });
  return missing;
}

/** Questions still to ask, in order; visibility is re-evaluated as answers arrive. */
export function nextUnanswered(answers: AnswersFile, questions: Iterable<Question>): Question | undefined {
  for (const q of questions) if (answers.answers[q.id] === undefined && isVisible(q, answers)) return q;
  return undefined;
}

export interface CompleteAnswers extends AnswersFile {
  organization: OrganizationProfile;
}

export function requireComplete(answers: AnswersFile, questionnaire: Questionnaire, source: string): CompleteAnswers {
  const missing = missingAnswers(answers, questionnaire);
  if (missing.length) throw missingError(missing, source, "or pass --yes to take the defaults");
  return answers as CompleteAnswers;
}

/** Every missing id with its allowed values, so a non-interactive run can be fixed in one go. */
export function missingError(missing: MissingAnswer[], source: string, alternative: string): UserError {
  return new UserError(
    `${missing.length} answer${missing.length > 1 ? "s are" : " is"} missing from ${source} (run in a terminal to be asked, ${alternative})`,
    missing.map((m) => `${m.id}: ${m.allowed}`),
  );
}
