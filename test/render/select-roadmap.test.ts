import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/model/evidence.js";
import type { Stage } from "../../src/model/stages.js";
import { buildRoadmap } from "../../src/plan/roadmap.js";
import { ganttChart } from "../../src/plan/gantt.js";
import { manifestSchema, type ModuleCatalog } from "../../src/render/manifest-schema.js";
import { selectModules } from "../../src/render/select.js";
import { failing, org, syntheticAssessment } from "../helpers/render-profiles.js";

type M = Partial<Record<string, unknown>> & { id: string };
function catalog(mods: M[]): ModuleCatalog {
  const modules = new Map(
    mods.map((m) => {
      const manifest = manifestSchema.parse({
        title: m.id,
        pillar: "data",
        raises: { capability: "data.encryption", to: "advanced" },
        effort: "M",
        risk: "medium",
        summary: "s",
        iac: ["terraform", "cloudformation"],
        files: [{ template: "a.md.hbs", path: `docs/${m.id}.md` }],
        ...m,
      });
      return [m.id, { manifest, dir: "/x", sources: new Map(), data: new Map() }];
    }),
  );
  return { templatesDir: "/x", modules, repo: { dir: "/x/_repo", files: [], sources: new Map() } };
}

const answers = (over = {}) => ({ schemaVersion: 1 as const, organization: org(over), answers: {} });
const stages = (s: Record<string, Stage | null>) => new Map(Object.entries(s));
const ids = (xs: { manifest: { id: string } }[]) => xs.map((x) => x.manifest.id);

describe("selectModules", () => {
  const cat = catalog([
    { id: "base", baseline: true, raises: { capability: "automation.governance", to: "initial" }, pillar: "automation" },
    { id: "keys", raises: { capability: "data.encryption", to: "advanced" }, checks: ["kms.key-rotation"], prerequisites: ["roots"] },
    { id: "roots", raises: { capability: "data.access", to: "initial" } },
    { id: "macie", raises: { capability: "data.categorization", to: "optimal" }, checks: ["macie.enabled"] },
    { id: "cfn-only", iac: ["cloudformation"], raises: { capability: "data.inventory", to: "advanced" } },
    { id: "federated", when: [{ profile: "identityProvider", notIn: ["none"] }], raises: { capability: "data.availability", to: "advanced" } },
  ]);

  it("includes gaps, baseline and prerequisites; skips optimal capabilities and other flavors", () => {
    const s = selectModules({
      catalog: cat,
      answers: answers(),
      stages: stages({ "data.encryption": "initial", "data.access": "optimal", "data.categorization": "optimal", "data.inventory": "traditional", "data.availability": "traditional" }),
      findings: [],
    });
    expect(ids(s)).toEqual(["base", "federated", "roots", "keys"]);
    expect(s.find((x) => x.manifest.id === "roots")!.reason).toBe("prerequisite");
  });

  it("pulls a module in for a failing finding of its checks, never for an optimal capability", () => {
    const s = selectModules({ catalog: cat, answers: answers({ identityProvider: "none" }), stages: stages({ "data.encryption": "advanced", "data.access": "advanced", "data.categorization": "optimal" }), findings: [failing("kms.key-rotation"), failing("macie.enabled")] });
    expect(ids(s)).toEqual(["base", "roots", "keys"]);
    expect(s.find((x) => x.manifest.id === "keys")!.reason).toBe("findings");
    expect(s.find((x) => x.manifest.id === "keys")!.findings.map((f) => f.checkId)).toEqual(["kms.key-rotation"]);
  });

  it("treats a capability that was not assessed as traditional (unknown is never a pass)", () => {
    const s = selectModules({ catalog: cat, answers: answers({ identityProvider: "none" }), stages: stages({ "data.access": "optimal", "data.categorization": "optimal" }), findings: [] });
    const keys = s.find((x) => x.manifest.id === "keys")!;
    expect([keys.fromStage, keys.toStage]).toEqual(["traditional", "advanced"]);
  });
});

describe("buildRoadmap", () => {
  const cat = catalog([
    { id: "quick", effort: "S", risk: "low", raises: { capability: "data.access", to: "optimal" } },
    { id: "found", raises: { capability: "data.inventory", to: "initial" } },
    { id: "adv", raises: { capability: "data.encryption", to: "advanced" }, checks: ["kms.key-rotation"] },
    { id: "opt", raises: { capability: "data.categorization", to: "optimal" } },
    { id: "after-opt", effort: "S", risk: "low", prerequisites: ["opt"], raises: { capability: "data.availability", to: "initial" } },
    { id: "severe", raises: { capability: "data.availability", to: "optimal" }, checks: ["s3.bucket-encryption"], prerequisites: ["found"] },
  ]);
  const assessment = syntheticAssessment("x", () => "traditional");

  it("places steps by the phase rule and never before their prerequisites", () => {
    const s = selectModules({ catalog: cat, answers: answers(), stages: stages({}), findings: [failing("s3.bucket-encryption", "critical")] });
    const r = buildRoadmap(s, assessment);
    const phase = Object.fromEntries(r.phases.flatMap((p) => p.steps.map((st) => [st.moduleId, p.phase])));
    // opt is a prerequisite, so foundational (1); after-opt is a quick win lifted to its prerequisite's phase.
    expect(phase).toEqual({ quick: 0, found: 1, adv: 2, opt: 1, "after-opt": 1, severe: 1 });
    const severe = r.phases.flatMap((p) => p.steps).find((st) => st.moduleId === "severe")!;
    expect(severe.closes).toEqual(["s3.bucket-encryption/111111111111/global"]);
    expect(severe.rationale).toMatch(/1 critical or high/);
  });

  it("computes the expected stage per pillar after each phase with the weakest-link floor", () => {
    const s = selectModules({ catalog: cat, answers: answers(), stages: stages({}), findings: [] });
    const r = buildRoadmap(s, assessment);
    // data's core capabilities in the synthetic assessment: inventory and categorization.
    expect(r.expected.map((e) => e.pillars.data)).toEqual(["traditional", "traditional", "initial", "initial", "initial"]);
    expect(r.expected.map((e) => e.pillars.identity)).toEqual(["traditional", "traditional", "traditional", "traditional", "traditional"]);
  });

  it("draws a deterministic gantt chart, dated from assessedAt or counted in days", () => {
    const s = selectModules({ catalog: cat, answers: answers(), stages: stages({}), findings: [] });
    const r = buildRoadmap(s, assessment);
    const dated = ganttChart(r, "t", "2026-01-15");
    expect(dated).toContain("dateFormat YYYY-MM-DD");
    expect(dated).toMatch(/quick :m_quick, 2026-01-15, 7d/);
    // after-opt waits for opt (phase 1 opens on day 30; opt takes 21 days).
    expect(dated).toMatch(/opt :m_opt, 2026-02-14, 21d/);
    expect(dated).toMatch(/after-opt :m_after_opt, 2026-03-07, 7d/);
    expect(ganttChart(r, "t")).toContain("dateFormat X");
    expect(ganttChart(r, "t: #;x")).toContain("title t x");
  });
});

export type { Finding };
