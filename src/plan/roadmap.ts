import { stageLevel } from "../model/stages.js";
import type { Questionnaire } from "../questionnaire/model.js";
import type { SelectedStep } from "./select.js";
import { PHASES, type Phase, type RoadmapStep } from "./model.js";

export const PHASE_RULE =
  "Phase 0 (quick wins): bootstrap (state, pipeline, audit role), steps of effort S with low risk that do not aim at optimal, and steps that close a critical or high failing finding. Phase 1 (foundational): baseline modules, steps that only keep or reach initial, prerequisites and steps that fix findings without moving an answer. Phase 2: steps whose highest move reaches advanced. Phase 3: steps that reach optimal. A step never sits in an earlier phase than any of its prerequisites; dates then follow prerequisites and the capacity.";

const SEVERE = new Set(["critical", "high"]);

/**
 * Places the selected steps (already prerequisites-first) into phases. `generatedFiles` adds
 * the paths a module's generator writes (known once rendered) to its step.
 */
export function placeSteps(selected: SelectedStep[], questionnaire: Questionnaire, generatedFiles: ReadonlyMap<string, string[]> = new Map()): RoadmapStep[] {
  const ids = new Set(selected.map((s) => s.candidate.id));
  const requiredBy = new Map<string, string[]>();
  for (const s of selected)
    for (const p of s.candidate.prerequisites) if (ids.has(p)) requiredBy.set(p, [...(requiredBy.get(p) ?? []), s.candidate.id]);

  const phaseOf = new Map<string, Phase>();
  return selected.map((s) => {
    const c = s.candidate;
    const severe = s.findings.filter((f) => SEVERE.has(f.severity)).length;
    const highest = Math.max(-1, ...s.moves.map((m) => stageLevel(m.toStage)));
    const quick = c.effort === "S" && c.risk === "low" && highest < 3;
    let phase: Phase = c.bootstrap || severe || quick ? 0 : c.baseline || highest <= 1 ? 1 : highest === 2 ? 2 : 3;
    const prerequisites = c.prerequisites.filter((p) => ids.has(p));
    for (const p of prerequisites) phase = Math.max(phase, phaseOf.get(p) ?? 0) as Phase;
    phaseOf.set(c.id, phase);
    const main = s.moves[0];
    const firstEffect = Object.keys(c.effects)[0];
    const capability = main ? questionnaire.questions.get(main.question)!.capability : firstEffect ? questionnaire.questions.get(firstEffect)!.capability : `${c.pillar}.baseline`;
    const rendered = [...s.files.map((f) => ({ path: f.path, kind: f.kind })), ...(generatedFiles.get(c.id) ?? []).map((path) => ({ path, kind: "policy" }))];
    const operates = (kind: string) => kind === "runbook" || kind === "automation";
    return {
      moduleId: c.id,
      kind: c.kind,
      title: c.title,
      pillar: c.pillar,
      capability,
      fromStage: main?.fromStage ?? "traditional",
      toStage: main?.toStage ?? main?.fromStage ?? "traditional",
      moves: s.moves,
      adopts: s.adopts,
      phase,
      effort: c.effort,
      risk: c.risk,
      owner: c.owner,
      cost: c.cost,
      doneWhen: [...c.checks],
      criteria: [...c.criteria],
      prerequisites,
      start: 0,
      end: 0,
      files: rendered.filter((f) => !operates(f.kind)).map((f) => f.path).sort(),
      runbooks: rendered.filter((f) => operates(f.kind)).map((f) => f.path).sort(),
      closes: s.findings.map((f) => f.id),
      rationale: rationale(s, severe, quick, requiredBy.get(c.id) ?? []),
    };
  });
}

function rationale(s: SelectedStep, severe: number, quick: boolean, requiredBy: string[]): string {
  const parts: string[] = [];
  if (s.candidate.bootstrap) parts.push("Bootstrap: the other steps are applied through it.");
  else if (s.reason === "baseline") parts.push("Baseline: every generated repository includes it.");
  if (s.reason === "prerequisite" || (requiredBy.length && s.reason !== "baseline")) parts.push(`Prerequisite of ${requiredBy.join(", ")}.`);
  for (const m of s.moves) parts.push(`Moves ${m.question} from ${m.from ?? "unanswered"} (${m.fromStage}) to ${m.to} (${m.toStage}).`);
  const adopted = Object.entries(s.adopts);
  if (adopted.length) parts.push(`Adopts what is already in place (${adopted.map(([q, a]) => `${q}: ${a}`).join(", ")}) instead of creating it again.`);
  if (s.findings.length) parts.push(`Closes ${s.findings.length} failing finding${s.findings.length > 1 ? "s" : ""}${severe ? ` (${severe} critical or high)` : ""}.`);
  if (quick) parts.push("Quick win: small effort, low risk of change.");
  return parts.join(" ") || "Keeps the baseline in place.";
}

export const PHASE_START: Record<Phase, number> = { 0: 0, 1: 30, 2: 90, 3: 180 };
export const EFFORT_DAYS = { S: 7, M: 21, L: 42 } as const;
export const DEFAULT_CAPACITY = 3;

/**
 * Dates: a step starts when its phase opens, its prerequisites are done and one of `capacity`
 * teams is free (the earliest free one), so no more than `capacity` steps run at once.
 */
export function schedule(steps: RoadmapStep[], capacity: number): RoadmapStep[] {
  const free = Array.from({ length: Math.max(1, capacity) }, () => 0);
  const ends = new Map<string, number>();
  const ordered = [...steps].sort((a, b) => a.phase - b.phase);
  for (const s of ordered) {
    const ready = Math.max(PHASE_START[s.phase], ...s.prerequisites.map((p) => ends.get(p) ?? 0));
    const slot = free.indexOf(Math.min(...free));
    s.start = Math.max(ready, free[slot]!);
    s.end = s.start + EFFORT_DAYS[s.effort];
    free[slot] = s.end;
    ends.set(s.moduleId, s.end);
  }
  return ordered;
}

export const stepsByPhase = (steps: RoadmapStep[]) => PHASES.map((p) => ({ ...p, steps: steps.filter((s) => s.phase === p.phase) }));
