import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { assess } from "../../src/assessment/score.js";
import { PILLAR_IDS } from "../../src/model/pillars.js";
import { stageLevel } from "../../src/model/stages.js";
import { planStage } from "../../src/pipeline/build.js";
import type { Plan } from "../../src/plan/plan.js";
import type { RoadmapStep } from "../../src/plan/model.js";
import { parseAnswersText, type CompleteAnswers } from "../../src/questionnaire/answers.js";
import type { Questionnaire } from "../../src/questionnaire/model.js";
import { PROFILES, ROOT, TEMPLATES, TOOL_VERSION, evidenceWith, failing, org, profileInput, realQuestionnaire, templateCatalog, type Profile } from "../helpers/render-profiles.js";

interface Case {
  name: string;
  questionnaire: Questionnaire;
  answers: CompleteAnswers;
  evidence?: Parameters<typeof assess>[0]["evidence"];
  plan: Plan;
}

const plan = async (input: { questionnaire: Questionnaire; answers: CompleteAnswers; evidence?: Case["evidence"] }, capacity?: number) =>
  (await planStage({ ...input, templatesDir: TEMPLATES, toolVersion: TOOL_VERSION, catalog: await templateCatalog(), capacity })).plan;

const exampleAnswers = async (q: Questionnaire) => {
  const file = join(ROOT, "examples", "acme.yaml");
  return parseAnswersText(file, await readFile(file, "utf8"), q) as CompleteAnswers;
};

const GREEN_FIELD: Profile = { name: "green-field", org: org(), stage: "traditional" };
const MATURE: Profile = { name: "mature", org: org({ iac: "cloudformation", ci: "codepipeline" }), stage: "advanced" };

const cases: Case[] = [];
const steps = (c: Case) => c.plan.roadmap.phases.flatMap((p) => p.steps);

beforeAll(async () => {
  const questionnaire = await realQuestionnaire();
  const answers = await exampleAnswers(questionnaire);
  cases.push({ name: "example", questionnaire, answers, plan: await plan({ questionnaire, answers }) });
  for (const p of [GREEN_FIELD, MATURE, ...PROFILES]) {
    const input = await profileInput(p);
    cases.push({ name: p.name, ...input, plan: await plan(input) });
  }
  const withEvidence = { questionnaire, answers, evidence: evidenceWith([failing("cloudtrail.org-trail", "high")]) };
  cases.push({ name: "example-with-failing-trail", ...withEvidence, plan: await plan(withEvidence) });
}, 120_000);

/** The re-scoring, written out: the answers as every step up to the phase leaves them, their done-when checks passing. */
function rescore(c: Case, done: RoadmapStep[]) {
  const answers = { ...c.answers, answers: { ...c.answers.answers } };
  for (const s of done)
    for (const m of s.moves) {
      const q = c.questionnaire.questions.get(m.question)!;
      const now = q.options.find((o) => o.value === answers.answers[m.question]);
      if (!now || stageLevel(now.stage) < stageLevel(m.toStage)) answers.answers[m.question] = m.to;
    }
  const passing = new Set(done.flatMap((s) => s.doneWhen));
  const evidence = c.evidence && { ...c.evidence, findings: c.evidence.findings.filter((f) => !(f.status === "fail" && passing.has(f.checkId))) };
  const a = assess({ questionnaire: c.questionnaire, answers, organization: "x", evidence });
  return Object.fromEntries(a.pillars.map((p) => [p.id, p.stage]));
}

describe("the roadmap", () => {
  it("expects after each phase exactly what re-scoring the moved answers gives, for every profile", () => {
    expect(cases.length).toBeGreaterThan(8);
    for (const c of cases) {
      const e = c.plan.roadmap.expected;
      expect(e.map((x) => x.phase), c.name).toEqual([-1, 0, 1, 2, 3]);
      expect(e[0]!.pillars, c.name).toEqual(rescore(c, []));
      for (const phase of [0, 1, 2, 3]) expect(e[phase + 1]!.pillars, `${c.name} after phase ${phase}`).toEqual(rescore(c, steps(c).filter((s) => s.phase <= phase)));
    }
  });

  it("has a phase 3 and takes every pillar to optimal or names the questions that stay below and why", () => {
    for (const c of cases.filter((x) => ["example", "green-field", "mature"].includes(x.name))) {
      expect(c.plan.roadmap.phases[3]!.steps.length, c.name).toBeGreaterThan(0);
      const last = c.plan.roadmap.expected.at(-1)!.pillars;
      for (const id of PILLAR_IDS) {
        const blockers = c.plan.roadmap.blockers.filter((b) => b.pillar === id);
        if (last[id] === "optimal") expect(blockers, `${c.name} ${id}`).toEqual([]);
        else expect(blockers.length, `${c.name} ${id} is ${last[id]} without a named blocker`).toBeGreaterThan(0);
      }
    }
  });

  it("names the question and the reason when nothing in the catalog delivers its optimal option", async () => {
    const questionnaire = await realQuestionnaire();
    const catalog = await templateCatalog();
    const steps = new Map([...catalog.steps].filter(([id]) => id !== "service-mtls"));
    const answers = await exampleAnswers(questionnaire);
    const { plan } = await planStage({ questionnaire, answers, templatesDir: TEMPLATES, toolVersion: TOOL_VERSION, catalog: { ...catalog, steps } });
    expect(plan.roadmap.expected.at(-1)!.pillars.network).toBe("initial");
    expect(plan.roadmap.blockers).toEqual([{ pillar: "network", question: "network.service-identity", stage: "initial", reason: "no template module or non-code step delivers mtls-everywhere" }]);
  });

  it("gives every step an owner, cost notes and a done-when (checks, or criteria for a person to confirm)", () => {
    for (const c of cases)
      for (const s of steps(c)) {
        expect(s.owner, `${c.name} ${s.moduleId}`).not.toBe("");
        expect(s.cost, `${c.name} ${s.moduleId}`).not.toBe("");
        expect(s.doneWhen.length + s.criteria.length, `${c.name} ${s.moduleId} has no done-when`).toBeGreaterThan(0);
      }
  });

  it("puts the bootstrap (state, pipelines, audit role) in phase 0", () => {
    for (const c of cases) {
      const phase = new Map(steps(c).map((s) => [s.moduleId, s.phase]));
      for (const id of ["iac-state-baseline", "pipelines", "audit-role"]) expect(phase.get(id), `${c.name} ${id}`).toBe(0);
    }
  });

  it("does not schedule the example's existing organization trail and Config recorder: the steps that need them adopt them", () => {
    const example = cases.find((c) => c.name === "example")!;
    const ids = steps(example).map((s) => s.moduleId);
    expect(ids).not.toContain("cloudtrail-org-trail");
    expect(ids).not.toContain("config-recorder-rules");
    const existing = new Map(example.plan.roadmap.existing.map((e) => [e.moduleId, e]));
    expect(existing.get("cloudtrail-org-trail")?.answers).toEqual({ "monitoring.cloudtrail": "org-trail" });
    expect(existing.get("config-recorder-rules")?.adoptedBy).toContain("config-auto-remediation");
    expect(example.plan.modules.map((m) => m.manifest.id)).not.toContain("config-recorder-rules");
  });

  it("marks what a scheduled module finds already in place, so it adopts that part (the example's organization-wide GuardDuty)", () => {
    const example = cases.find((c) => c.name === "example")!;
    const guardduty = steps(example).find((s) => s.moduleId === "guardduty-org")!;
    expect(guardduty.adopts).toEqual({ "monitoring.guardduty": "org-wide" });
    expect(guardduty.moves.map((m) => m.question)).toEqual(["devices.malware-protection"]);
    expect(example.plan.modules.find((m) => m.manifest.id === "guardduty-org")!.adopts).toEqual({ "monitoring.guardduty": "org-wide" });
  });

  it("schedules a control that is answered but contradicted by a failing check", () => {
    const c = cases.find((x) => x.name === "example-with-failing-trail")!;
    const trail = steps(c).find((s) => s.moduleId === "cloudtrail-org-trail");
    expect(trail?.closes).toEqual(["cloudtrail.org-trail/111111111111/global"]);
    expect(trail?.phase).toBe(0);
  });

  it("dates steps so that no more than the capacity run at once, after their prerequisites", async () => {
    const green = cases.find((c) => c.name === "green-field")!;
    for (const capacity of [1, 3, 5]) {
      const all = (await plan(green, capacity)).roadmap.phases.flatMap((p) => p.steps);
      const end = new Map(all.map((s) => [s.moduleId, s.end]));
      for (const s of all) {
        const running = all.filter((o) => o.start <= s.start && o.end > s.start).length;
        expect(running, `${s.moduleId} at day ${s.start}`).toBeLessThanOrEqual(capacity);
        for (const p of s.prerequisites) expect(s.start, `${s.moduleId} after ${p}`).toBeGreaterThanOrEqual(end.get(p)!);
      }
    }
  });
});
