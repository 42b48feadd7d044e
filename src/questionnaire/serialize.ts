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
  // Notes, follow-ups and defaults only for questions still answered (a hidden question's go with its answer).
  const notes: Record<string, string> = {};
  for (const p of questionnaire.pillars) if (answers.notes?.[p.id] !== undefined) notes[p.id] = answers.notes[p.id]!;
  for (const id of Object.keys(ordered)) if (answers.notes?.[id] !== undefined) notes[id] = answers.notes[id]!;
  const unsure = Object.keys(ordered).filter((id) => answers.unsure?.includes(id));
  const defaulted = Object.keys(ordered).filter((id) => answers.defaulted?.includes(id));
  const extras = { ...(Object.keys(notes).length ? { notes } : {}), ...(unsure.length ? { unsure } : {}), ...(defaulted.length ? { defaulted } : {}) };
  const header = "# create-zero-trust answers file: replay with `create-zero-trust --answers <this file>`.\n# It holds no secrets; question ids and allowed values are listed by `create-zero-trust questions`.\n# Notes go under `notes:` (question id or pillar id: text); comments are not kept when the file is saved.\n";
  // YAML 1.1 output quotes values such as `on`, `yes` or `0755` that 1.1 readers would reinterpret.
  return header + stringify({ schemaVersion: answers.schemaVersion, ...(answers.assessedAt ? { assessedAt: answers.assessedAt } : {}), organization, answers: ordered, ...extras }, { version: "1.1", lineWidth: 0 });
}
