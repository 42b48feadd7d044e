import type { PillarId } from "../model/pillars.js";
import type { Stage } from "../model/stages.js";

export type Phase = 0 | 1 | 2 | 3;
export const PHASES: { phase: Phase; title: string; horizon: string }[] = [
  { phase: 0, title: "Quick wins", horizon: "first 30 days" },
  { phase: 1, title: "Foundational", horizon: "90 days" },
  { phase: 2, title: "Advanced", horizon: "6 months" },
  { phase: 3, title: "Optimal", horizon: "12 months" },
];

/** One selected template module placed on the roadmap. */
export interface RoadmapStep {
  moduleId: string;
  title: string;
  pillar: PillarId;
  capability: string;
  fromStage: Stage;
  toStage: Stage;
  phase: Phase;
  effort: "S" | "M" | "L";
  risk: "low" | "medium" | "high";
  prerequisites: string[];
  /** Generated paths that implement the step. */
  files: string[];
  /** Generated runbook paths that operate what the step sets up. */
  runbooks: string[];
  /** Ids of failing findings this step remediates (when evidence was available). */
  closes: string[];
  rationale: string;
}

export interface Roadmap {
  phases: { phase: Phase; title: string; horizon: string; steps: RoadmapStep[] }[];
  /** Expected pillar stages once each phase is done (phase -1: today). */
  expected: { phase: Phase | -1; pillars: Record<PillarId, Stage> }[];
}
