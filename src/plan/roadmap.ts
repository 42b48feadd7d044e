import type { Assessment } from "../assessment/model.js";
import { PILLAR_IDS, type PillarId } from "../model/pillars.js";
import { minStage, stageLevel, type Stage } from "../model/stages.js";
import type { SelectedModule } from "../render/select.js";
import { PHASES, type Phase, type Roadmap, type RoadmapStep } from "./model.js";

export const PHASE_RULE =
  "Phase 0 (quick wins): effort S with low risk, or the step closes a critical or high failing finding. Phase 1 (foundational): baseline modules, prerequisites of other steps, and steps that reach initial. Phase 2: steps that reach advanced. Phase 3: steps that reach optimal. A step never sits in an earlier phase than any of its prerequisites.";

const SEVERE = new Set(["critical", "high"]);

/**
 * Orders the selected modules (already prerequisites-first) into phases and computes the
 * expected stage of every pillar after each phase, with the assessment's weakest-link rule.
 */
export function buildRoadmap(selected: SelectedModule[], assessment: Assessment, generatedFiles: ReadonlyMap<string, string[]> = new Map()): Roadmap {
  const selectedIds = new Set(selected.map((s) => s.manifest.id));
  const requiredBy = new Map<string, string[]>();
  for (const s of selected)
    for (const p of s.manifest.prerequisites) if (selectedIds.has(p)) requiredBy.set(p, [...(requiredBy.get(p) ?? []), s.manifest.id]);

  const phaseOf = new Map<string, Phase>();
  const steps: RoadmapStep[] = [];
  for (const s of selected) {
    const m = s.manifest;
    const severe = s.findings.filter((f) => SEVERE.has(f.severity));
    const quick = m.effort === "S" && m.risk === "low";
    const foundational = m.baseline || requiredBy.has(m.id);
    let phase: Phase = severe.length || quick ? 0 : foundational ? 1 : stageLevel(s.toStage) <= 1 ? 1 : stageLevel(s.toStage) === 2 ? 2 : 3;
    const prereqs = m.prerequisites.filter((p) => selectedIds.has(p));
    for (const p of prereqs) phase = Math.max(phase, phaseOf.get(p) ?? 0) as Phase;
    phaseOf.set(m.id, phase);
    const rendered = [...s.files.map((f) => ({ path: f.path, kind: f.kind })), ...(generatedFiles.get(m.id) ?? []).map((path) => ({ path, kind: "policy" }))];
    steps.push({
      moduleId: m.id,
      title: m.title,
      pillar: m.pillar,
      capability: m.raises.capability,
      fromStage: s.fromStage,
      toStage: s.toStage,
      phase,
      effort: m.effort,
      risk: m.risk,
      prerequisites: prereqs,
      files: rendered.filter((f) => f.kind !== "runbook" && f.kind !== "automation").map((f) => f.path).sort(),
      runbooks: rendered.filter((f) => f.kind === "runbook" || f.kind === "automation").map((f) => f.path).sort(),
      closes: s.findings.map((f) => f.id),
      rationale: rationale(s, severe.length, quick, requiredBy.get(m.id) ?? []),
    });
  }

  return {
    phases: PHASES.map((p) => ({ ...p, steps: steps.filter((s) => s.phase === p.phase) })),
    expected: expectedStages(assessment, steps),
  };
}

function rationale(s: SelectedModule, severe: number, quick: boolean, requiredBy: string[]): string {
  const parts: string[] = [];
  const cap = s.manifest.raises.capability;
  if (s.reason === "baseline") parts.push("Baseline: every generated repository includes it.");
  if (s.reason === "prerequisite") parts.push(`Prerequisite of ${requiredBy.join(", ")}.`);
  if (s.fromStage !== s.toStage) parts.push(`Raises ${cap} from ${s.fromStage} to ${s.toStage}.`);
  if (s.findings.length)
    parts.push(`Closes ${s.findings.length} failing finding${s.findings.length > 1 ? "s" : ""}${severe ? ` (${severe} critical or high)` : ""}.`);
  if (quick) parts.push("Quick win: small effort, low risk of change.");
  return parts.join(" ") || `Keeps ${cap} at ${s.toStage}.`;
}

/** Pillar stages today (phase -1) and after each phase, using the weakest-link floor over core capabilities. */
export function expectedStages(assessment: Assessment, steps: RoadmapStep[]): Roadmap["expected"] {
  const caps = new Map<string, { pillar: PillarId; core: boolean; stage: Stage | null }>();
  for (const p of assessment.pillars) for (const c of p.capabilities) caps.set(c.id, { pillar: p.id, core: c.core, stage: c.stage });
  const today = Object.fromEntries(PILLAR_IDS.map((id) => [id, assessment.pillars.find((p) => p.id === id)?.stage ?? "traditional"])) as Record<PillarId, Stage>;
  const out: Roadmap["expected"] = [{ phase: -1, pillars: today }];
  for (const { phase } of PHASES) {
    for (const s of steps.filter((st) => st.phase === phase)) {
      const c = caps.get(s.capability);
      if (!c) continue;
      if (c.stage === null || stageLevel(s.toStage) > stageLevel(c.stage)) c.stage = s.toStage;
    }
    const pillars = {} as Record<PillarId, Stage>;
    for (const id of PILLAR_IDS) {
      const assessed = [...caps.values()].filter((c) => c.pillar === id && c.stage !== null);
      const floorSet = assessed.some((c) => c.core) ? assessed.filter((c) => c.core) : assessed;
      const computed = floorSet.length ? minStage(floorSet.map((c) => c.stage!)) : today[id];
      // Never report a pillar going down: the plan only adds controls.
      pillars[id] = stageLevel(computed) >= stageLevel(today[id]) ? computed : today[id];
    }
    out.push({ phase, pillars });
  }
  return out;
}
