import { existsSync } from "node:fs";
import { stringify } from "yaml";
import { z } from "zod";
import { readSource, validateSource } from "../data-file.js";
import { writeFileAtomic } from "../fs/atomic-write.js";
import { PILLAR_IDS, type PillarId } from "../model/pillars.js";
import type { AnswersFile } from "../questionnaire/answers-schema.js";
import type { Questionnaire } from "../questionnaire/model.js";
import type { CustomerStore } from "./store.js";

const sessionSchema = z.strictObject({
  date: z.iso.date({ error: "expected a date YYYY-MM-DD" }),
  consultant: z.string().min(1).optional(),
  participants: z.array(z.string().min(1)).optional(),
  /** The pillars the session set out to cover (--pillar), or every pillar. */
  scope: z.union([z.literal("all"), z.array(z.enum(PILLAR_IDS))]),
  /** The pillars whose answers or notes changed in the session. */
  pillarsCovered: z.array(z.enum(PILLAR_IDS)),
  answersChanged: z.number().int().min(0),
});
const sessionsFileSchema = z.strictObject({ sessions: z.array(sessionSchema) });

export type Session = z.output<typeof sessionSchema>;

export async function readSessions(store: CustomerStore): Promise<Session[]> {
  if (!existsSync(store.paths.sessionsFile)) return [];
  return validateSource(await readSource(store.paths.sessionsFile, "sessions file"), sessionsFileSchema, "sessions file").sessions;
}

/** What a session changed: the questions whose answer, "not sure" mark or note differs from before it. */
export function sessionChanges(questionnaire: Questionnaire, before: AnswersFile, after: AnswersFile): { pillarsCovered: PillarId[]; answersChanged: number } {
  const state = (a: AnswersFile, id: string) => JSON.stringify([a.answers[id] ?? null, a.unsure?.includes(id) ?? false, a.notes?.[id] ?? null]);
  const changed = [...questionnaire.questions.values()].filter((q) => state(before, q.id) !== state(after, q.id));
  const pillars = new Set<PillarId>(changed.map((q) => q.pillar));
  for (const p of questionnaire.pillars) if (before.notes?.[p.id] !== after.notes?.[p.id]) pillars.add(p.id);
  return { pillarsCovered: PILLAR_IDS.filter((p) => pillars.has(p)), answersChanged: changed.length };
}

/** Appends the session to the customer's record; every session is kept, in order. */
export async function recordSession(store: CustomerStore, session: Session): Promise<void> {
  const sessions = [...(await readSessions(store)), session];
  await writeFileAtomic(store.paths.sessionsFile, `# Workshop sessions of ${store.name.replace(/\s+/g, " ")}, oldest first (written by create-zero-trust).\n` + stringify({ sessions }, { lineWidth: 0 }));
}
