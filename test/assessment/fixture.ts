import { parseSource } from "../../src/data-file.js";
import { PILLAR_IDS } from "../../src/model/pillars.js";
import { buildQuestionnaire } from "../../src/questionnaire/load.js";
import { pillarFileSchema } from "../../src/questionnaire/schema.js";
import type { Questionnaire } from "../../src/questionnaire/model.js";

const STAGE_OPTIONS = [
  { value: "none", label: "None", stage: "traditional" },
  { value: "some", label: "Some", stage: "initial" },
  { value: "most", label: "Most", stage: "advanced" },
  { value: "all", label: "All", stage: "optimal" },
];

/**
 * A small questionnaire for scoring tests: every pillar has core capabilities `a` and `b` and a
 * non-core `c`, one question each (`<pillar>.a` ...); identity.a has a second question `identity.a2`.
 * Each question's check `svc.<pillar>-<capability>` supports, and when failing rules out, the advanced and optimal options.
 */
export function fixtureQuestionnaire(): Questionnaire {
  return buildQuestionnaire(
    PILLAR_IDS.map((pillar) => {
      const file = pillarFileSchema.parse({
        pillar,
        title: pillar,
        principle: "p",
        services: ["s"],
        capabilities: ["a", "b", "c"].map((id) => ({ id, title: id.toUpperCase(), cisa: id, core: id !== "c", description: "d" })),
        questions: [
          ...["a", "b", "c"].map((c) => ({ id: `${pillar}.${c}`, capability: c, prompt: "q", help: "h", options: STAGE_OPTIONS, default: "none", evidence: [{ check: `svc.${pillar}-${c}`, supports: ["most", "all"], rulesOut: ["most", "all"] }] })),
          ...(pillar === "identity" ? [{ id: "identity.a2", capability: "a", prompt: "q", help: "h", options: STAGE_OPTIONS, default: "none", when: [{ question: "identity.a", notIn: ["none"] }] }] : []),
        ],
      });
      return { source: parseSource(`${pillar}.yaml`, ""), file };
    }),
  );
}
