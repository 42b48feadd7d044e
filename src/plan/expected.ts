import { assess, type AssessInput } from "../assessment/score.js";
import { PILLAR_IDS, type PillarId } from "../model/pillars.js";
import type { Stage } from "../model/stages.js";
import { applyMoves } from "./effects.js";
import { PHASES, type Phase, type Roadmap, type RoadmapStep } from "./model.js";

/**
 * The assessment once these steps are done: their moves applied to the answers, and the failing
 * findings of their "done when" checks gone (deploying the step makes them pass), scored again by
 * the one scoring function.
 */
export function assessAfter(input: AssessInput, steps: RoadmapStep[]) {
  const answers = applyMoves(input.answers, steps.flatMap((s) => s.moves), input.questionnaire);
  const fixed = new Set(steps.flatMap((s) => s.doneWhen));
  const evidence = input.evidence && { ...input.evidence, findings: input.evidence.findings.filter((f) => !(f.status === "fail" && fixed.has(f.checkId))) };
  return assess({ ...input, answers, evidence });
}

const pillarStages = (a: ReturnType<typeof assess>) => Object.fromEntries(PILLAR_IDS.map((id) => [id, a.pillars.find((p) => p.id === id)!.stage])) as Record<PillarId, Stage>;

/** Pillar stages today (phase -1) and after each phase: re-scoring with every step of that phase and the ones before done. */
export function expectedStages(input: AssessInput, steps: RoadmapStep[]): Roadmap["expected"] {
  const out: Roadmap["expected"] = [{ phase: -1, pillars: pillarStages(assess(input)) }];
  for (const { phase } of PHASES) out.push({ phase: phase as Phase, pillars: pillarStages(assessAfter(input, steps.filter((s) => s.phase <= phase))) });
  return out;
}
