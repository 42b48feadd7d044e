import type { PillarId } from "../model/pillars.js";
import type { Stage } from "../model/stages.js";

export type Phase = 0 | 1 | 2 | 3;
export const PHASES: { phase: Phase; title: string; horizon: string }[] = [
  { phase: 0, title: "Quick wins", horizon: "first 30 days" },
  { phase: 1, title: "Foundational", horizon: "90 days" },
  { phase: 2, title: "Advanced", horizon: "6 months" },
  { phase: 3, title: "Optimal", horizon: "12 months" },
];

/** One answer a step moves: the question, the option today and the option once the step is done. */
export interface AnswerMove {
  question: string;
  from: string | null;
  to: string;
  fromStage: Stage;
  toStage: Stage;
}

/** What a step is: a template module of the repository, or work that is not code. */
export type StepKind = "module" | "process" | "organization" | "purchase" | "change";

/** One step of the roadmap: a selected template module or a non-code step (templates/_steps). */
export interface RoadmapStep {
  /** The template module id, or the non-code step id (kept as `moduleId`: roadmap.json readers rely on it). */
  moduleId: string;
  kind: StepKind;
  title: string;
  pillar: PillarId;
  /** The capability of the step's main move (its first answer that changes), else of its first effect. */
  capability: string;
  fromStage: Stage;
  toStage: Stage;
  /** Every answer the step moves up (empty for baseline, prerequisite and finding-only steps). */
  moves: AnswerMove[];
  /** Effects already in place (question -> answer today): the step adopts that existing part rather than duplicating it. */
  adopts: Record<string, string>;
  phase: Phase;
  effort: "S" | "M" | "L";
  risk: "low" | "medium" | "high";
  /** Who carries the step (a role). */
  owner: string;
  /** What it costs to run, recurring drivers first. */
  cost: string;
  /** Check ids that pass once the step is deployed. */
  doneWhen: string[];
  /** For a person to confirm (non-code steps, which no check can see). */
  criteria: string[];
  prerequisites: string[];
  /** Days from the roadmap's start, with at most `capacity` steps running at once. */
  start: number;
  end: number;
  /** Generated paths that implement the step. */
  files: string[];
  /** Generated runbook paths that operate what the step sets up. */
  runbooks: string[];
  /** Ids of failing findings this step remediates (when evidence was available). */
  closes: string[];
  rationale: string;
}

/** A template module not scheduled because the control it sets up is already in place. */
export interface ExistingControl {
  moduleId: string;
  title: string;
  /** The answers that show it in place. */
  answers: Record<string, string>;
  /** Selected steps that build on it (it was their prerequisite). */
  adoptedBy: string[];
}

/** A question that stays below optimal after phase 3, and why. */
export interface Blocker {
  pillar: PillarId;
  question: string;
  stage: Stage;
  reason: string;
}

export interface Roadmap {
  /** How many steps run at once (the timeline's capacity). */
  capacity: number;
  phases: { phase: Phase; title: string; horizon: string; steps: RoadmapStep[] }[];
  /** Expected pillar stages once each phase is done (phase -1: today), by re-scoring the moved answers. */
  expected: { phase: Phase | -1; pillars: Record<PillarId, Stage> }[];
  existing: ExistingControl[];
  blockers: Blocker[];
}
