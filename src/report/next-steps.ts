import type { Assessment, CapabilityResult } from "../assessment/model.js";
import type { Finding } from "../model/evidence.js";
import { PILLAR_IDS, type PillarId } from "../model/pillars.js";
import { STAGES, stageLevel, type Stage } from "../model/stages.js";
import type { Phase, Roadmap } from "../plan/model.js";

export const NEXT_STEPS = 10;

export interface NextStep {
  title: string;
  pillar: PillarId;
  pillarTitle: string;
  /** Qualified capability id, `<pillar>.<capability>`. */
  capability: string;
  capabilityTitle: string;
  fromStage: Stage | null;
  toStage: Stage | null;
  phase?: { phase: Phase; title: string; horizon: string };
  module?: string;
  effort?: "S" | "M" | "L";
  /** What the step costs to run (roadmap steps only). */
  cost?: string;
  files: string[];
  runbooks: string[];
  /** Failing findings this step remediates. */
  closes: number;
  rationale: string;
}

/** The top ten: the roadmap's first steps in phase order, or without a roadmap the lowest capabilities. */
export function nextSteps(assessment: Assessment, roadmap?: Roadmap): NextStep[] {
  return roadmap ? fromRoadmap(assessment, roadmap) : fromGaps(assessment);
}

function fromRoadmap(assessment: Assessment, roadmap: Roadmap): NextStep[] {
  const caps = new Map(assessment.pillars.flatMap((p) => p.capabilities).map((c) => [c.id, c]));
  const pillars = new Map(assessment.pillars.map((p) => [p.id, p]));
  const phases = [...roadmap.phases].sort((a, b) => a.phase - b.phase);
  return phases
    .flatMap((ph) => ph.steps.map((s) => ({ s, ph })))
    .slice(0, NEXT_STEPS)
    .map(({ s, ph }) => {
      const capability = s.capability.includes(".") ? s.capability : `${s.pillar}.${s.capability}`;
      return {
        title: s.title,
        pillar: s.pillar,
        pillarTitle: pillars.get(s.pillar)?.title ?? s.pillar,
        capability,
        capabilityTitle: caps.get(capability)?.title ?? capability,
        fromStage: s.fromStage,
        toStage: s.toStage,
        phase: { phase: ph.phase, title: ph.title, horizon: ph.horizon },
        module: s.moduleId,
        effort: s.effort,
        cost: s.cost,
        files: [...s.files],
        runbooks: [...s.runbooks],
        closes: s.closes.length,
        rationale: s.rationale,
      };
    });
}

function fromGaps(assessment: Assessment): NextStep[] {
  const ranked = assessment.pillars
    .flatMap((p) => p.capabilities.map((c, i) => ({ c, p, i })))
    .filter(({ c }) => c.stage !== null && c.stage !== "optimal")
    // Lowest stage first; then core capabilities (they hold the pillar down), contradicted ones
    // (the evidence says the gap is real), and finally the questionnaire's order.
    .sort(
      (a, b) =>
        stageLevel(a.c.stage!) - stageLevel(b.c.stage!) ||
        Number(b.c.core) - Number(a.c.core) ||
        Number(b.c.status === "contradicted") - Number(a.c.status === "contradicted") ||
        PILLAR_IDS.indexOf(a.p.id) - PILLAR_IDS.indexOf(b.p.id) ||
        a.i - b.i,
    )
    .slice(0, NEXT_STEPS);
  return ranked.map(({ c, p }) => {
    const to = STAGES[stageLevel(c.stage!) + 1]!;
    const failing = failingFindings(c);
    const holdsPillar = c.core && c.stage === p.stage;
    const remediation = failing[0]?.remediation;
    const rationale = [
      holdsPillar ? `The weakest core capability of ${p.title}: it holds the pillar at ${c.stage}.` : `${c.title} is at ${c.stage}.`,
      failing.length ? `${failing.length} failing finding${failing.length > 1 ? "s" : ""}; ${remediation!.text}` : "",
    ]
      .filter(Boolean)
      .join(" ");
    return {
      title: `Raise ${c.title} from ${c.stage} to ${to}`,
      pillar: p.id,
      pillarTitle: p.title,
      capability: c.id,
      capabilityTitle: c.title,
      fromStage: c.stage,
      toStage: to,
      ...(remediation?.module ? { module: remediation.module } : {}),
      files: [],
      runbooks: [],
      closes: failing.length,
      rationale,
    };
  });
}

function failingFindings(c: CapabilityResult): Finding[] {
  const seen = new Map<string, Finding>();
  for (const q of c.questions) for (const f of q.findings) if (f.status === "fail") seen.set(f.id, f);
  return [...seen.values()];
}

