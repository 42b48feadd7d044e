import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { readSource, validateSource } from "../data-file.js";
import { located } from "../errors.js";
import type { Questionnaire } from "../questionnaire/model.js";
import { stepFileSchema, type NonCodeStep } from "./manifest-schema.js";

/** Beside the template modules: the roadmap steps that are not code. */
export const STEPS_DIR = "_steps";

/**
 * Reads templates/_steps/*.yaml (optional) and cross-checks it: ids unique and distinct from module
 * ids, prerequisites known, effects against the questionnaire, checks against the check catalog. Problems are appended to `problems`.
 */
export async function loadSteps(dir: string, moduleIds: ReadonlySet<string>, known: { questionnaire?: Questionnaire; checks?: ReadonlySet<string> }, problems: string[]): Promise<Map<string, NonCodeStep>> {
  const steps = new Map<string, NonCodeStep>();
  if (!existsSync(dir)) return steps;
  const placed: { step: NonCodeStep; at: (path: (string | number)[], msg: string) => void }[] = [];
  for (const name of (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const source = await readSource(join(dir, name), "roadmap steps file");
    const file = validateSource(source, stepFileSchema, "roadmap steps file");
    file.steps.forEach((s, i) => {
      const at = (path: (string | number)[], msg: string) => problems.push(located(source.file, { ...source.locate(["steps", i, ...path]), path: ["steps", i, ...path].join(".") }, msg));
      if (moduleIds.has(s.id) || steps.has(s.id)) at(["id"], `id "${s.id}" is already used by a template module or another step`);
      const step = { ...s, pillar: file.pillar };
      steps.set(s.id, step);
      placed.push({ step, at });
    });
  }
  for (const { step, at } of placed) {
    if (!Object.keys(step.effects).length) at(["effects"], "expected at least one effect: a step exists to move an answer");
    if (!step.checks.length && !step.criteria.length) at(["criteria"], "expected checks or criteria: how to tell the step is done");
    if (known.questionnaire) checkEffects(step.effects, known.questionnaire, at);
    step.checks.forEach((c, i) => {
      if (known.checks && !known.checks.has(c)) at(["checks", i], `unknown check "${c}"`);
    });
    step.prerequisites.forEach((p, i) => {
      if (!moduleIds.has(p) && !steps.has(p)) at(["prerequisites", i], `unknown module or step "${p}"`);
    });
  }
  return steps;
}

/** Every effect names a question of the questionnaire and one of its options. */
export function checkEffects(effects: Record<string, string>, questionnaire: Questionnaire, at: (path: (string | number)[], msg: string) => void): void {
  for (const [question, option] of Object.entries(effects)) {
    const q = questionnaire.questions.get(question);
    if (!q) at(["effects", question], `unknown question "${question}"`);
    else if (!q.options.some((o) => o.value === option)) at(["effects", question], `"${option}" is not an option of ${question}; expected one of ${q.options.map((o) => o.value).join(", ")}`);
  }
}
