import { z } from "zod";
import type { Assessment } from "../assessment/model.js";
import type { Evidence, FindingStatus, Severity } from "../model/evidence.js";
import { PILLAR_IDS, type PillarId } from "../model/pillars.js";
import { STAGES } from "../model/stages.js";
import type { Roadmap } from "../plan/model.js";

export const SAVED_ASSESSMENT_VERSION = 1;

/** One finding as compare needs it: the stable id and its status, plus enough to name it in a report. */
export interface FindingSummary {
  id: string;
  checkId: string;
  pillar: PillarId;
  capability: string;
  severity: Severity;
  status: FindingStatus;
  accountId: string;
  region: string;
  detail: string;
}

/**
 * `assessment/assessment.json`: the scored assessment plus every finding's id and status, so a
 * later `report --compare` can tell fixed, new and regressed findings exactly.
 */
export interface SavedAssessment {
  schemaVersion: typeof SAVED_ASSESSMENT_VERSION;
  /** `version` is absent when the report lives in a generated repository (its manifest records it). */
  tool: { name: string; version?: string };
  /** The day the answers were assessed (answers.assessedAt), not the day the file was written. */
  date: string;
  organization: string;
  assessment: Assessment;
  evidence: {
    present: boolean;
    generatedAt?: string;
    accounts?: number;
    regions?: string[];
    findings: FindingSummary[];
  };
  /** The roadmap's expected stage per pillar after each phase, when a roadmap was available. */
  expected?: Roadmap["expected"];
}

export function summarizeFindings(evidence: Evidence | undefined): FindingSummary[] {
  return (evidence?.findings ?? [])
    .map((f) => ({
      id: f.id,
      checkId: f.checkId,
      pillar: f.pillar,
      capability: f.capability,
      severity: f.severity,
      status: f.status,
      accountId: f.accountId,
      region: f.region,
      detail: f.detail,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function toSavedAssessment(input: { assessment: Assessment; evidence?: Evidence; roadmap?: Roadmap; date: string; toolVersion?: string }): SavedAssessment {
  const { assessment, evidence } = input;
  return {
    schemaVersion: SAVED_ASSESSMENT_VERSION,
    tool: { name: "create-zero-trust", ...(input.toolVersion ? { version: input.toolVersion } : {}) },
    date: input.date,
    organization: assessment.organization,
    assessment,
    evidence: {
      present: !!evidence,
      ...(evidence ? { generatedAt: evidence.generatedAt, accounts: evidence.accounts.length, regions: [...evidence.regions].sort() } : {}),
      findings: summarizeFindings(evidence),
    },
    ...(input.roadmap ? { expected: input.roadmap.expected } : {}),
  };
}

// Reading an older file back: only the parts compare relies on are checked, and unknown keys are
// kept, so files written by newer or older versions of the tool still compare.
const stage = z.enum(STAGES);
const status = z.enum(["confirmed", "contradicted", "unverified"]);
const capabilitySchema = z.looseObject({
  id: z.string(),
  pillar: z.enum(PILLAR_IDS),
  title: z.string(),
  core: z.boolean(),
  answeredStage: stage.nullable(),
  verifiedStage: stage.nullable(),
  stage: stage.nullable(),
  status,
  questions: z.array(z.looseObject({ id: z.string() })),
});
const pillarSchema = z.looseObject({
  id: z.enum(PILLAR_IDS),
  title: z.string(),
  principle: z.string(),
  answeredStage: stage,
  stage,
  level: z.number(),
  answeredLevel: z.number(),
  capabilities: z.array(capabilitySchema),
  counts: z.looseObject({ confirmed: z.number(), contradicted: z.number(), unverified: z.number() }),
});
const findingSummarySchema = z.looseObject({
  id: z.string(),
  checkId: z.string(),
  pillar: z.enum(PILLAR_IDS),
  capability: z.string(),
  severity: z.enum(["critical", "high", "medium", "low", "informational"]),
  status: z.enum(["pass", "fail", "not-applicable", "unknown", "error"]),
  accountId: z.string(),
  region: z.string(),
  detail: z.string(),
});

export const savedAssessmentSchema = z.looseObject({
  schemaVersion: z.literal(SAVED_ASSESSMENT_VERSION, { error: `expected schemaVersion ${SAVED_ASSESSMENT_VERSION}` }),
  tool: z.looseObject({ name: z.string(), version: z.string().optional() }),
  date: z.string(),
  organization: z.string(),
  assessment: z.looseObject({
    organization: z.string(),
    pillars: z.array(pillarSchema),
    overall: z.looseObject({ stage, level: z.number(), answeredStage: stage, answeredLevel: z.number() }),
    evidence: z.looseObject({ present: z.boolean() }),
    rule: z.string(),
  }),
  evidence: z.looseObject({ present: z.boolean(), findings: z.array(findingSummarySchema) }),
});

export const ASSESSMENT_JSON = "assessment/assessment.json";
