import { stringify } from "yaml";
import type { AnswersFile } from "./answers-schema.js";
import { PROFILE_FIELDS } from "./answers.js";
import type { Questionnaire } from "./model.js";

/**
 * Writes the answers file in a stable order (profile fields, then questions in questionnaire
 * order) so that saving unchanged answers produces byte-identical output.
 */
export function serializeAnswers(answers: AnswersFile, questionnaire: Questionnaire): string {
  const organization: Record<string, unknown> = {};
  for (const f of PROFILE_FIELDS) if (answers.organization[f.key] !== undefined) organization[f.key] = answers.organization[f.key];
  const ordered: Record<string, unknown> = {};
  for (const id of questionnaire.questions.keys()) if (answers.answers[id] !== undefined) ordered[id] = answers.answers[id];
  const header = "# create-zero-trust answers file: replay with `create-zero-trust --answers <this file>`.\n# It holds no secrets; question ids and allowed values are listed by `create-zero-trust questions`.\n";
  // YAML 1.1 output quotes values such as `on`, `yes` or `0755` that 1.1 readers would reinterpret.
  return header + stringify({ schemaVersion: answers.schemaVersion, ...(answers.assessedAt ? { assessedAt: answers.assessedAt } : {}), organization, answers: ordered }, { version: "1.1", lineWidth: 0 });
}
