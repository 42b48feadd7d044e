import type { PillarId } from "../model/pillars.js";
import { stageLevel, type Stage } from "../model/stages.js";
import { compareFindings, type FindingDelta } from "../verify/compare-findings.js";
import type { FindingSummary, SavedAssessment } from "./saved.js";

export type Direction = "up" | "down" | "same";

export interface StageChange {
  from: Stage | null;
  to: Stage | null;
  direction: Direction;
}

export interface PillarProgress extends StageChange {
  id: PillarId;
  title: string;
  fromLevel: number;
  toLevel: number;
  answered: StageChange;
}

export interface CapabilityProgress extends StageChange {
  id: string;
  pillar: PillarId;
  title: string;
}

/** Progress between two assessments of the same organization. */
export interface Comparison {
  from: { date: string; organization: string; toolVersion?: string };
  to: { date: string; organization: string; toolVersion?: string };
  overall: StageChange & { fromLevel: number; toLevel: number };
  pillars: PillarProgress[];
  /** Only the capabilities whose effective stage moved. */
  capabilities: CapabilityProgress[];
  findings: FindingDelta<FindingSummary>;
}

const level = (s: Stage | null) => (s === null ? -1 : stageLevel(s));
export function direction(from: Stage | null, to: Stage | null): Direction {
  return level(to) > level(from) ? "up" : level(to) < level(from) ? "down" : "same";
}
const change = (from: Stage | null, to: Stage | null): StageChange => ({ from, to, direction: direction(from, to) });

/** Pure: stages per pillar and capability, and findings matched by their stable ids. */
export function compareAssessments(before: SavedAssessment, after: SavedAssessment): Comparison {
  const oldPillars = new Map(before.assessment.pillars.map((p) => [p.id, p]));
  const pillars: PillarProgress[] = after.assessment.pillars.map((p) => {
    const old = oldPillars.get(p.id);
    return {
      id: p.id,
      title: p.title,
      ...change(old?.stage ?? null, p.stage),
      fromLevel: old?.level ?? 0,
      toLevel: p.level,
      answered: change(old?.answeredStage ?? null, p.answeredStage),
    };
  });

  const oldCaps = new Map(before.assessment.pillars.flatMap((p) => p.capabilities).map((c) => [c.id, c]));
  const capabilities: CapabilityProgress[] = [];
  for (const c of after.assessment.pillars.flatMap((p) => p.capabilities)) {
    const moved = change(oldCaps.get(c.id)?.stage ?? null, c.stage);
    if (moved.direction !== "same") capabilities.push({ id: c.id, pillar: c.pillar, title: c.title, ...moved });
  }

  const meta = (s: SavedAssessment) => ({ date: s.date, organization: s.organization, toolVersion: s.tool.version });
  return {
    from: meta(before),
    to: meta(after),
    overall: { ...change(before.assessment.overall.stage, after.assessment.overall.stage), fromLevel: before.assessment.overall.level, toLevel: after.assessment.overall.level },
    pillars,
    capabilities,
    findings: compareFindings(before.evidence.findings, after.evidence.findings),
  };
}
