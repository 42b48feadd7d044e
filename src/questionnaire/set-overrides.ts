import { FORBIDDEN_KEYS, UserError, excerpt } from "../errors.js";
import { forbiddenChar, forbiddenCharMessage } from "../text/free-text.js";
import { answersFileSchema, type AnswersFile } from "./answers-schema.js";
import { answerProblems, dropHidden } from "./answers.js";
import type { Questionnaire } from "./model.js";

/**
 * Applies `--set key=value` overrides: `organization.<field>=...` (regions comma-separated) or
 * `<question id>=<option>` (an `answers.` prefix is accepted too).
 */
export function applyOverrides(answers: AnswersFile, sets: string[], questionnaire: Questionnaire): AnswersFile {
  const next: AnswersFile = { ...answers, organization: { ...answers.organization }, answers: { ...answers.answers } };
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const set of sets) {
    const eq = set.indexOf("=");
    if (eq <= 0) {
      problems.push(`--set ${set}: expected key=value, e.g. organization.iac=cloudformation or identity.mfa=phishing-resistant`);
      continue;
    }
    const key = set.slice(0, eq).trim();
    const value = set.slice(eq + 1).trim();
    // The free-text rule (text/free-text.ts) for the whole flag: its key and value are quoted in messages and files.
    const keyChar = forbiddenChar(key);
    const valueChar = forbiddenChar(value);
    if (keyChar || valueChar) {
      problems.push(keyChar ? `--set: the key ${forbiddenCharMessage(keyChar)}` : `--set ${excerpt(key)}: the value ${forbiddenCharMessage(valueChar!)}`);
      continue;
    }
    const last = key.split(".").at(-1)!;
    if (FORBIDDEN_KEYS.has(last) || seen.has(key)) {
      problems.push(`--set ${excerpt(key)}: ${seen.has(key) ? "given twice; set each key once" : "not an answer key"}`);
      continue;
    }
    seen.add(key);
    if (key.startsWith("organization.")) {
      const field = key.slice("organization.".length);
      (next.organization as Record<string, unknown>)[field] = field === "regions" ? value.split(",").map((r) => r.trim()).filter(Boolean) : value;
    } else {
      next.answers[key.replace(/^answers\./, "")] = value;
    }
  }
  const parsed = answersFileSchema.safeParse(next);
  if (!parsed.success)
    for (const issue of parsed.error.issues) problems.push(`--set ${issue.path.join(".")}: ${issue.code === "unrecognized_keys" ? `unknown key ${issue.keys.map((k) => excerpt(k)).join(", ")}` : issue.message}`);
  else for (const p of answerProblems(parsed.data, questionnaire)) problems.push(`--set ${p.path.join(".").replace(/^answers\./, "")}: ${p.message}`);
  if (problems.length) throw new UserError("invalid --set", problems);
  return dropHidden(parsed.data!, questionnaire);
}
