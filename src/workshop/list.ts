import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { emptyAnswers, readAnswersFile } from "../questionnaire/answers.js";
import type { Questionnaire } from "../questionnaire/model.js";
import type { Stage } from "../model/stages.js";
import { ASSESSMENT_JSON, savedAssessmentSchema, type SavedAssessment } from "../report/saved.js";
import { customersDir, workshopHome } from "./home.js";
import { pillarProgress } from "./progress.js";
import { readSessions } from "./sessions.js";
import { SNAPSHOT_FILES, customerStore, listSnapshots, readCustomerMeta } from "./store.js";

export interface CustomerSummary {
  name: string;
  slug: string;
  dir: string;
  /** Questions answered so far (a workshop in progress has some, but no assessment yet). */
  answered: number;
  /** Pillars whose visible questions are all answered ("3 of 7 pillars"). */
  pillarsDone: number;
  pillars: number;
  /** Workshop sessions recorded so far. */
  sessions: number;
  evidence: boolean;
  lastAssessedAt: string | null;
  overallStage: Stage | null;
  overallLevel: number | null;
  snapshots: string[];
}

/** Every customer folder under the workshop home, by display name. A broken folder is reported, not fatal. */
export async function listCustomers(ctx: { env: NodeJS.ProcessEnv; cwd?: string }, questionnaire: Questionnaire): Promise<{ customers: CustomerSummary[]; problems: string[] }> {
  const root = customersDir(workshopHome(ctx.env, ctx.cwd));
  if (!existsSync(root)) return { customers: [], problems: [] };
  const customers: CustomerSummary[] = [];
  const problems: string[] = [];
  for (const slug of (await readdir(root)).sort()) {
    const metaFile = join(root, slug, "customer.json");
    if (!existsSync(metaFile)) continue;
    try {
      const meta = await readCustomerMeta(metaFile);
      const store = { ...customerStore(ctx, meta.name), name: meta.name };
      const snapshots = await listSnapshots(store);
      const latest = (await readSaved(join(store.paths.reportDir, ASSESSMENT_JSON))) ?? (snapshots.length ? await readSaved(join(store.paths.snapshots, snapshots.at(-1)!, SNAPSHOT_FILES.assessment)) : undefined);
      customers.push({
        name: meta.name,
        slug: meta.slug,
        dir: store.paths.dir,
        ...(await answerProgress(store.paths.answersFile, questionnaire)),
        sessions: (await readSessions(store)).length,
        evidence: existsSync(store.paths.evidenceFile),
        lastAssessedAt: latest?.date ?? null,
        overallStage: latest?.assessment.overall.stage ?? null,
        overallLevel: latest?.assessment.overall.level ?? null,
        snapshots,
      });
    } catch (err) {
      problems.push(`${join(root, slug)}: ${(err as Error).message}`);
    }
  }
  customers.sort((a, b) => a.name.localeCompare(b.name, "en"));
  return { customers, problems };
}

async function readSaved(file: string): Promise<SavedAssessment | undefined> {
  if (!existsSync(file)) return undefined;
  const parsed = savedAssessmentSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
  return parsed.success ? (parsed.data as unknown as SavedAssessment) : undefined;
}

async function answerProgress(file: string, questionnaire: Questionnaire): Promise<Pick<CustomerSummary, "answered" | "pillarsDone" | "pillars">> {
  const answers = existsSync(file) ? await readAnswersFile(file, questionnaire) : emptyAnswers();
  const progress = pillarProgress(questionnaire, answers);
  return { answered: Object.keys(answers.answers).length, pillarsDone: progress.filter((p) => p.unanswered === 0).length, pillars: progress.length };
}
