import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { readSource, validateSource } from "../data-file.js";
import { writeFileAtomic } from "../fs/atomic-write.js";
import type { AnswersFile } from "../questionnaire/answers-schema.js";
import type { Questionnaire } from "../questionnaire/model.js";
import { serializeAnswers } from "../questionnaire/serialize.js";
import { customerSlug, validateCustomerName } from "./customer-name.js";
import { customersDir, workshopHome } from "./home.js";

export const customerMetaSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** The name as the consultant typed it first; the folder name is derived from it. */
  name: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
});
export type CustomerMeta = z.output<typeof customerMetaSchema>;

export interface CustomerPaths {
  dir: string;
  metaFile: string;
  answersFile: string;
  evidenceFile: string;
  /** Report files go here as they would in a generated repository: ASSESSMENT.md, assessment/... */
  reportDir: string;
  /** One folder per session's assessment (date, date-2 ...): answers.yaml, evidence.json (if any), assessment.json. */
  snapshots: string;
  /** The workshop's session record: date, consultant, participants, scope, pillars covered. */
  sessionsFile: string;
}

export interface CustomerStore {
  /** The display name (the stored one when the customer already exists). */
  name: string;
  slug: string;
  paths: CustomerPaths;
  exists(): boolean;
  /** Creates the folder and customer.json; safe to call any number of times. */
  ensure(): Promise<void>;
  /** Autosave: the whole answers file, written atomically (a crash leaves the previous save). */
  saveAnswers(answers: AnswersFile, questionnaire: Questionnaire): Promise<void>;
  saveEvidence(json: string): Promise<void>;
}

export interface Snapshot {
  /** The assessment date (YYYY-MM-DD): the snapshot's folder name, with -2, -3 ... for later sessions that day. */
  date: string;
  answers: string;
  evidence?: string;
  /** assessment/assessment.json as the report wrote it. */
  assessment: string;
}

export const SNAPSHOT_FILES = { answers: "answers.yaml", evidence: "evidence.json", assessment: "assessment.json" } as const;

/** A customer's workshop folder under the data directory. Nothing is written until something is saved. */
export function customerStore(ctx: { env: NodeJS.ProcessEnv; cwd?: string }, name: string): CustomerStore {
  const slug = customerSlug(name);
  const dir = join(customersDir(workshopHome(ctx.env, ctx.cwd)), slug);
  const paths: CustomerPaths = {
    dir,
    metaFile: join(dir, "customer.json"),
    answersFile: join(dir, "answers.yaml"),
    evidenceFile: join(dir, "evidence.json"),
    reportDir: join(dir, "report"),
    snapshots: join(dir, "snapshots"),
    sessionsFile: join(dir, "sessions.yaml"),
  };
  const store: CustomerStore = {
    name: validateCustomerName(name),
    slug,
    paths,
    exists: () => existsSync(paths.metaFile),
    async ensure() {
      if (existsSync(paths.metaFile)) return;
      const meta: CustomerMeta = { schemaVersion: 1, name: store.name, slug };
      await writeFileAtomic(paths.metaFile, JSON.stringify(meta, null, 2) + "\n");
    },
    async saveAnswers(answers, questionnaire) {
      await store.ensure();
      await writeFileAtomic(paths.answersFile, serializeAnswers(answers, questionnaire));
    },
    async saveEvidence(json) {
      await store.ensure();
      await writeFileAtomic(paths.evidenceFile, json.endsWith("\n") ? json : json + "\n");
    },
  };
  return store;
}

/** Opens a customer that must already exist, keeping the display name it was created with. */
export async function openCustomer(ctx: { env: NodeJS.ProcessEnv; cwd?: string }, name: string): Promise<CustomerStore> {
  const store = customerStore(ctx, name);
  if (!store.exists()) return store;
  const meta = await readCustomerMeta(store.paths.metaFile);
  return { ...store, name: meta.name };
}

export async function readCustomerMeta(file: string): Promise<CustomerMeta> {
  return validateSource(await readSource(file, "customer file"), customerMetaSchema, "customer file");
}

const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}(-\d+)?$/;

/**
 * Saves the assessment as a new snapshot folder: the date, then date-2, date-3 for later sessions
 * of the same day (one never replaces another). The same answers and evidence as the day's latest
 * snapshot are the same assessment: that folder is returned, its assessment.json refreshed (the
 * report adds the roadmap's expected stages to what assess saved), and no new folder is made.
 */
export async function saveSnapshot(store: CustomerStore, snapshot: Snapshot): Promise<string> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(snapshot.date)) throw new Error(`snapshot date ${snapshot.date} is not YYYY-MM-DD`);
  await store.ensure();
  const sameDay = (await listSnapshots(store)).filter((n) => n === snapshot.date || n.startsWith(`${snapshot.date}-`));
  const latest = sameDay.at(-1);
  if (latest && (await sameInputs(join(store.paths.snapshots, latest), snapshot))) {
    const kept = join(store.paths.snapshots, latest);
    await writeFileAtomic(join(kept, SNAPSHOT_FILES.assessment), snapshot.assessment);
    return kept;
  }
  const dir = join(store.paths.snapshots, sameDay.length ? `${snapshot.date}-${sameDay.length + 1}` : snapshot.date);
  await writeFileAtomic(join(dir, SNAPSHOT_FILES.answers), snapshot.answers);
  if (snapshot.evidence !== undefined) await writeFileAtomic(join(dir, SNAPSHOT_FILES.evidence), snapshot.evidence);
  await writeFileAtomic(join(dir, SNAPSHOT_FILES.assessment), snapshot.assessment);
  return dir;
}

async function sameInputs(dir: string, snapshot: Snapshot): Promise<boolean> {
  const read = (name: string) => readFile(join(dir, name), "utf8").catch(() => undefined);
  return (await read(SNAPSHOT_FILES.answers)) === snapshot.answers && (await read(SNAPSHOT_FILES.evidence)) === snapshot.evidence;
}

/** Snapshot names (YYYY-MM-DD, then YYYY-MM-DD-2 ... for later sessions of a day), oldest first. */
export async function listSnapshots(store: CustomerStore): Promise<string[]> {
  if (!existsSync(store.paths.snapshots)) return [];
  const names = await readdir(store.paths.snapshots);
  return names
    .filter((n) => SNAPSHOT_NAME.test(n) && existsSync(join(store.paths.snapshots, n, SNAPSHOT_FILES.assessment)))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}
