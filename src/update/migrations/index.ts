import { UserError } from "../../errors.js";
import { ANSWERS_SCHEMA_VERSION } from "../../questionnaire/answers-schema.js";

/**
 * One step of the answers file format: turns a file of `schemaVersion: from` into `to` (= from + 1).
 * Each step is explicit and tested; reading an answers file runs every step its version needs.
 */
export interface AnswersMigration {
  from: number;
  to: number;
  /** What changed, in words (shown when a file is migrated). */
  summary: string;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The registered migrations, oldest first. `schemaVersion: 1` is the first released format, so
 * there is none yet; the next format change adds `{ from: 1, to: 2, ... }` here with its test.
 */
export const ANSWERS_MIGRATIONS: readonly AnswersMigration[] = [];

export interface Migrated {
  data: unknown;
  /** The steps applied (empty when the file was current). */
  applied: AnswersMigration[];
  from?: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Brings parsed answers data to the current schemaVersion before validation. Data without a
 * numeric schemaVersion is returned as is (validation then names the problem); a version newer
 * than this tool knows is an error that says to upgrade.
 */
export function migrateAnswersData(data: unknown, file: string, migrations: readonly AnswersMigration[] = ANSWERS_MIGRATIONS, current = ANSWERS_SCHEMA_VERSION): Migrated {
  if (!isRecord(data) || typeof data.schemaVersion !== "number" || !Number.isInteger(data.schemaVersion)) return { data, applied: [] };
  const from = data.schemaVersion;
  if (from > current)
    throw new UserError(`${file}: schemaVersion ${from} was written by a newer create-zero-trust (this version reads up to ${current}); upgrade with npm create zero-trust@latest`);
  const applied: AnswersMigration[] = [];
  let out = data;
  for (let v = from; v < current; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step || step.to !== v + 1) throw new UserError(`${file}: schemaVersion ${v} is not supported by this version (no migration from ${v} to ${v + 1}); expected schemaVersion ${current}`);
    out = { ...step.migrate(out), schemaVersion: step.to };
    applied.push(step);
  }
  return { data: out, applied, from };
}
