import { existsSync } from "node:fs";
import { z } from "zod";
import { readSource, validateSource } from "../data-file.js";
import { PILLAR_IDS } from "../model/pillars.js";
import { STAGES } from "../model/stages.js";
import type { Roadmap } from "../plan/model.js";

// roadmap.json is written by the render step; this schema checks the parts the report relies on
// and keeps the rest, so a newer writer's extra keys do not break an older report.
const stage = z.enum(STAGES);
const stepSchema = z.looseObject({
  moduleId: z.string(),
  title: z.string(),
  pillar: z.enum(PILLAR_IDS),
  capability: z.string(),
  fromStage: stage,
  toStage: stage,
  phase: z.number().int().min(0).max(3),
  effort: z.enum(["S", "M", "L"]),
  risk: z.enum(["low", "medium", "high"]),
  prerequisites: z.array(z.string()),
  files: z.array(z.string()),
  runbooks: z.array(z.string()),
  closes: z.array(z.string()),
  rationale: z.string(),
});
export const roadmapFileSchema = z.looseObject({
  phases: z.array(z.looseObject({ phase: z.number().int().min(0).max(3), title: z.string(), horizon: z.string(), steps: z.array(stepSchema) })),
  expected: z.array(z.looseObject({ phase: z.number().int().min(-1).max(3), pillars: z.record(z.string(), stage) })),
});

/** roadmap.json of a generated repository; undefined when the repository has none. */
export async function readRoadmap(file: string): Promise<Roadmap | undefined> {
  if (!existsSync(file)) return undefined;
  return validateSource(await readSource(file, "roadmap file"), roadmapFileSchema, "roadmap file") as unknown as Roadmap;
}
