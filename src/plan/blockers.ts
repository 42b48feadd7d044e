import type { Assessment } from "../assessment/model.js";
import { weakestLinks } from "../assessment/score.js";
import { stageLevel } from "../model/stages.js";
import type { Questionnaire } from "../questionnaire/model.js";
import type { Candidate } from "./select.js";
import type { Blocker } from "./model.js";

/**
 * After the last phase: for every pillar below optimal, each question of its weakest-link
 * capabilities that stays below optimal, with the reason no step takes it there.
 */
export function findBlockers(after: Assessment, questionnaire: Questionnaire, all: Map<string, Candidate>, fits: (c: Candidate) => boolean): Blocker[] {
  const out: Blocker[] = [];
  for (const p of after.pillars) {
    if (p.stage === "optimal") continue;
    for (const c of weakestLinks(p.capabilities))
      for (const r of c.questions) {
        const stage = r.verifiedStage ?? r.answeredStage;
        if (stage === "optimal") continue;
        out.push({ pillar: p.id, question: r.id, stage, reason: reason(r.id, r.status === "contradicted", questionnaire, all, fits) });
      }
  }
  return out;
}

function reason(id: string, contradicted: boolean, questionnaire: Questionnaire, all: Map<string, Candidate>, fits: (c: Candidate) => boolean): string {
  const q = questionnaire.questions.get(id)!;
  const optimal = q.options.filter((o) => o.stage === "optimal").map((o) => o.value);
  if (contradicted) return "evidence contradicts the answer and no scheduled step's done-when checks cover the failing checks";
  const movers = [...all.values()].filter((c) => c.effects[id] !== undefined);
  const toOptimal = movers.filter((c) => optimal.includes(c.effects[id]!));
  // Selection skips questions hidden by their conditions; one can show up once other answers move.
  if (toOptimal.some(fits)) return `it was hidden by its conditions for today's answers, so no step was planned for it (${toOptimal.filter(fits).map((c) => c.id).join(", ")} would deliver ${optimal.join(" or ")}); answer it when it shows`;
  if (toOptimal.length) return `${toOptimal.map((c) => c.id).join(", ")} would deliver ${optimal.join(" or ")} but does not apply to this organization (IaC flavor, CI system or its conditions)`;
  if (movers.length) {
    const best = movers.map((c) => q.options.find((o) => o.value === c.effects[id])!).sort((a, b) => stageLevel(b.stage) - stageLevel(a.stage))[0]!;
    return `the steps that move it (${movers.map((c) => c.id).join(", ")}) reach ${best.value} (${best.stage}); nothing delivers ${optimal.join(" or ")}`;
  }
  return `no template module or non-code step delivers ${optimal.join(" or ")}`;
}
