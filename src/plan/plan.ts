import type { Assessment } from "../assessment/model.js";
import type { AssessInput } from "../assessment/score.js";
import type { CompleteAnswers } from "../questionnaire/answers.js";
import type { ModuleCatalog } from "../render/manifest-schema.js";
import { findBlockers } from "./blockers.js";
import { currentAnswers } from "./effects.js";
import { assessAfter, expectedStages } from "./expected.js";
import type { Roadmap } from "./model.js";
import { DEFAULT_CAPACITY, placeSteps, schedule, stepsByPhase } from "./roadmap.js";
import { applies, candidates, selectSteps, type SelectedModule, type SelectedStep } from "./select.js";

export interface PlanInput extends AssessInput {
  answers: CompleteAnswers;
  /** The assessment of these answers and evidence (already scored by the caller). */
  assessment: Assessment;
  catalog: ModuleCatalog;
  /** How many steps run at once. */
  capacity?: number;
}

/** What the plan stage hands to rendering and reporting. */
export interface Plan {
  steps: SelectedStep[];
  /** The selected template modules, in roadmap (deployment) order. */
  modules: SelectedModule[];
  roadmap: Roadmap;
}

/**
 * Plans from the assessment, before anything is rendered: selects modules and non-code steps,
 * places them in phases, dates them within the capacity, and computes the stage after each phase
 * by re-scoring the answers as the steps leave them.
 */
export function planRoadmap(input: PlanInput): Plan {
  const { catalog, questionnaire, answers } = input;
  const capacity = input.capacity ?? DEFAULT_CAPACITY;
  const failing = (input.evidence?.findings ?? []).filter((f) => f.status === "fail");
  const { selected, existing } = selectSteps({ catalog, questionnaire, answers, current: currentAnswers(input.assessment), findings: failing });
  const steps = schedule(placeSteps(selected, questionnaire), capacity);
  const all = candidates(catalog);
  const blockers = findBlockers(assessAfter(input, steps), questionnaire, all, (c) => !c.manifest || applies(c.manifest, answers));
  const byId = new Map(selected.map((s) => [s.candidate.id, s]));
  const modules = steps.flatMap((st) => {
    const s = byId.get(st.moduleId)!;
    return s.candidate.manifest ? [{ ...s, manifest: s.candidate.manifest }] : [];
  });
  return {
    steps: selected,
    modules,
    roadmap: { capacity, phases: stepsByPhase(steps), expected: expectedStages(input, steps), existing, blockers },
  };
}
