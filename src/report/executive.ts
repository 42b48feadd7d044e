import type { Severity } from "../model/evidence.js";
import { STAGES, stageLevel, type Stage } from "../model/stages.js";
import type { PillarView } from "./data.js";
import type { NextStep } from "./next-steps.js";

/** CISA ZTMM v2.0's own description of each stage, shortened: the words a board reads next to the stage. */
export const STAGE_WORDING: Record<Stage, string> = {
  traditional: "manually configured lifecycles and static security policies, siloed pillars, manual response and mitigation",
  initial: "starting to automate attribute assignment, lifecycle configuration and policy enforcement, with initial cross-pillar solutions",
  advanced: "automated, centrally visible controls where applicable, policies enforced across pillars and least privilege adjusted to risk",
  optimal: "fully automated just-in-time lifecycles, dynamic least privilege from observed triggers, and cross-pillar continuous monitoring",
};

/** Risks named in the summary; the pillar details list them all. */
const RISKS_LISTED = 5;
const FIRST_STEPS = 3;
const SEVERE: Severity[] = ["critical", "high"];

export interface ExecutiveRisk {
  /** A failing critical or high check, or (without any) a weakest core capability. */
  kind: "finding" | "capability";
  id: string;
  where: string;
  text: string;
}

export interface ExecutiveSummary {
  stage: Stage;
  wording: string;
  risks: ExecutiveRisk[];
  target: { stage: Stage; wording: string; when: string; pillars: { title: string; stage: Stage }[] };
  firstSteps: NextStep[];
}

/** The top of the report: where the organization stands, what threatens it most, where it goes and how it starts. */
export function executiveSummary(
  overall: Stage,
  pillars: PillarView[],
  steps: NextStep[],
  expected?: { label: string; stages: Record<string, Stage> },
): ExecutiveSummary {
  const target = expected
    ? { when: `after ${expected.label}`, pillars: pillars.map((p) => ({ title: p.title, stage: expected.stages[p.id] ?? p.stage })) }
    : { when: "once each pillar reaches its next stage", pillars: pillars.map((p) => ({ title: p.title, stage: next(p.stage) })) };
  // The overall stage is held by the weakest pillar, so the target overall is the lowest target pillar.
  const targetStage = STAGES[Math.min(...target.pillars.map((p) => stageLevel(p.stage)))]!;
  const severe = severeFindings(pillars);
  return {
    stage: overall,
    wording: STAGE_WORDING[overall],
    risks: severe.length ? severe : weakestCore(pillars),
    target: { ...target, stage: targetStage, wording: STAGE_WORDING[targetStage] },
    firstSteps: steps.slice(0, FIRST_STEPS),
  };
}

const next = (s: Stage): Stage => STAGES[Math.min(3, stageLevel(s) + 1)]!;

function severeFindings(pillars: PillarView[]): ExecutiveRisk[] {
  return pillars
    .flatMap((p) => p.capabilities.flatMap((c) => c.checks.filter((g) => g.fail && SEVERE.includes(g.severity)).map((g) => ({ g, where: `${p.title}: ${c.title}` }))))
    .sort((a, b) => SEVERE.indexOf(a.g.severity) - SEVERE.indexOf(b.g.severity) || b.g.fail - a.g.fail)
    .slice(0, RISKS_LISTED)
    .map(({ g, where }) => ({ kind: "finding", id: g.checkId, where, text: `${g.severity}, ${g.fail} failing${g.failing[0] ? `: ${g.failing[0].detail}` : ""}` }));
}

function weakestCore(pillars: PillarView[]): ExecutiveRisk[] {
  const core = pillars.flatMap((p) => p.capabilities.filter((c) => c.core && c.stage !== null && c.stage !== "optimal").map((c) => ({ c, p })));
  return core
    .sort((a, b) => stageLevel(a.c.stage!) - stageLevel(b.c.stage!))
    .slice(0, RISKS_LISTED)
    .map(({ c, p }) => ({ kind: "capability", id: c.id, where: `${p.title}: ${c.title}`, text: `core capability at ${c.stage} (${c.status})` }));
}
