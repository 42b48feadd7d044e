import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { assess } from "../../src/assessment/score.js";
import { PILLAR_IDS } from "../../src/model/pillars.js";
import { stageLevel } from "../../src/model/stages.js";
import { emptyAnswers, missingAnswers, readAnswersFile } from "../../src/questionnaire/answers.js";
import { applyDefaults } from "../../src/questionnaire/defaults.js";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import type { Questionnaire } from "../../src/questionnaire/model.js";
// Capability ids are shared with template modules (`raises.capability`) and the check catalog: renaming one breaks them.
import { CAPABILITIES } from "../helpers/render-profiles.js";
import { DOC, EXAMPLE_ANSWERS, QUESTIONNAIRES } from "./paths.js";

// The pillar titles and principles are the framework's words (DESIGN.md); reports and the wizard print them.
const PILLARS: Record<string, [title: string, principle: string]> = {
  identity: ["Identity & Access Control", "Always authenticate and authorize explicitly"],
  devices: ["Device & Endpoint Security", "Validate endpoint/device posture before granting access"],
  network: ["Network Security", "Network location is not enough; enforce segmentation and encryption"],
  workloads: ["Workload Security", "Secure workloads, verify runtime behavior, enforce policies"],
  data: ["Data Security", "Encrypt all data, enforce least-privilege access, monitor usage"],
  monitoring: ["Monitoring & Continuous Verification", "Continuously evaluate posture; assume compromise"],
  automation: ["Automation & Governance", "Enforce Zero Trust with automation and IaC"],
};


let questionnaire: Questionnaire;
beforeAll(async () => {
  questionnaire = await loadQuestionnaire(QUESTIONNAIRES);
});
const allQuestions = () => [...questionnaire.questions.values()];

describe("the shipped questionnaires", () => {
  it("define the seven pillars in order, with the framework's titles and principles", () => {
    expect(questionnaire.pillars.map((p) => p.id)).toEqual([...PILLAR_IDS]);
    for (const p of questionnaire.pillars) expect([p.title, p.principle]).toEqual(PILLARS[p.id]);
  });

  it("ask 5 to 10 questions per pillar", () => {
    for (const p of questionnaire.pillars) {
      expect(p.questions.length, p.id).toBeGreaterThanOrEqual(5);
      expect(p.questions.length, p.id).toBeLessThanOrEqual(10);
    }
  });

  it("use the shared capability ids, each measured by at least one question", () => {
    for (const p of questionnaire.pillars) {
      expect(p.capabilities.map((c) => c.id)).toEqual(CAPABILITIES[p.id]!.map((c) => `${p.id}.${c}`));
      for (const c of p.capabilities) expect(p.questions.filter((q) => q.capability === c.id).length, c.id).toBeGreaterThan(0);
    }
  });

  it("make most capabilities core, so the weakest-link floor means something", () => {
    const caps = [...questionnaire.capabilities.values()];
    expect(caps.filter((c) => c.core).length / caps.length).toBeGreaterThan(0.8);
    for (const p of questionnaire.pillars) expect(p.capabilities.some((c) => c.core), p.id).toBe(true);
  });

  it("order each question's options from traditional towards optimal, starting at traditional", () => {
    for (const q of allQuestions()) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.options.length, q.id).toBeLessThanOrEqual(4);
      const levels = q.options.map((o) => stageLevel(o.stage));
      expect(levels, q.id).toEqual([...levels].sort((a, b) => a - b));
      expect(q.options[0]!.stage, q.id).toBe("traditional");
      expect(q.options.at(-1)!.stage, q.id).toBe("optimal");
      expect(new Set(q.options.map((o) => o.label)).size, q.id).toBe(q.options.length);
    }
  });

  it("take a conservative default: the traditional or initial option", () => {
    for (const q of allQuestions()) {
      const option = q.options.find((o) => o.value === q.default)!;
      expect(["traditional", "initial"], q.id).toContain(option.stage);
    }
  });

  it("give every question a prompt and help of two to four sentences", () => {
    for (const q of allQuestions()) {
      expect(q.prompt, q.id).toMatch(/\?$/);
      const sentences = q.help.split(/(?<=[.?!])\s+(?=[A-Z"])/).length;
      expect(sentences, `${q.id}: ${q.help}`).toBeGreaterThanOrEqual(2);
      expect(sentences, `${q.id}: ${q.help}`).toBeLessThanOrEqual(4);
    }
  });

  it("link live checks by <service>.<name> on most questions, each once, saying what a pass supports or a fail rules out", () => {
    const questions = allQuestions();
    for (const q of questions) {
      const ids = q.evidence.map((e) => e.check);
      for (const id of ids) expect(id, q.id).toMatch(/^[a-z0-9]+\.[a-z0-9][a-z0-9-]*$/);
      expect(new Set(ids).size, q.id).toBe(ids.length);
      for (const e of q.evidence) expect(e.supports.length + e.rulesOut.length, `${q.id} ${e.check}`).toBeGreaterThan(0);
    }
    expect(questions.filter((q) => q.evidence.length > 0).length / questions.length).toBeGreaterThan(0.6);
  });

  it("use conditions on earlier answers and on the profile", () => {
    const conditions = allQuestions().flatMap((q) => q.when);
    expect(conditions.filter((c) => c.question).length).toBeGreaterThanOrEqual(3);
    expect(conditions.filter((c) => c.profile).length).toBeGreaterThanOrEqual(2);
  });

  it("are all listed, with their options and defaults, in docs/questionnaire.md", async () => {
    const doc = await readFile(DOC, "utf8");
    for (const q of allQuestions()) {
      const row = doc.split("\n").find((line) => line.startsWith(`| \`${q.id}\` |`));
      expect(row, q.id).toBeDefined();
      for (const o of q.options) expect(row, q.id).toContain(`\`${o.value}\``);
      expect(row!.split(" | ")[2], q.id).toBe(`\`${q.default}\``);
    }
  });

  it("keep the question id and option value the answers-file contract shows", () => {
    expect(questionnaire.questions.get("identity.federation")?.options.map((o) => o.value)).toContain("federated");
  });
});

describe("conditions shape what is asked", () => {
  const complete = () => applyDefaults(emptyAnswers(), questionnaire);

  it("--yes defaults answer every visible question", () => {
    const answers = complete();
    expect(missingAnswers(answers, questionnaire)).toEqual([]);
    for (const [id, value] of Object.entries(answers.answers)) expect(value).toBe(questionnaire.questions.get(id)!.default);
  });

  it("skip identity-provider questions when there is no identity provider", () => {
    const answers = emptyAnswers();
    answers.organization = { ...complete().organization, identityProvider: "none" };
    const ids = missingAnswers(answers, questionnaire).map((m) => m.id);
    expect(ids).not.toContain("identity.idp-mfa");
    expect(ids).not.toContain("devices.posture-at-sign-in");
    expect(ids).toContain("identity.mfa");
  });

  it("skip the container questions for an organization without containers", () => {
    const answers = { ...complete(), answers: { "workloads.containers": "no-containers" } };
    const ids = missingAnswers(answers, questionnaire).map((m) => m.id);
    expect(ids).not.toContain("workloads.cluster-access");
    expect(ids).not.toContain("workloads.image-scanning");
    expect(ids).toContain("workloads.security-testing");
  });

  it("ask about GitHub Actions credentials only for GitHub Actions", () => {
    const base = complete();
    const ids = (ci: "github-actions" | "codepipeline") =>
      missingAnswers({ ...base, organization: { ...base.organization, ci }, answers: {} }, questionnaire).map((m) => m.id);
    expect(ids("github-actions")).toContain("automation.ci-credentials");
    expect(ids("codepipeline")).not.toContain("automation.ci-credentials");
  });
});

describe("the built-in example (examples/acme.yaml)", () => {
  it("loads, answers every visible question and holds no stale answers", async () => {
    const answers = await readAnswersFile(EXAMPLE_ANSWERS, questionnaire);
    expect(missingAnswers(answers, questionnaire)).toEqual([]);
    const raw = parse(await readFile(EXAMPLE_ANSWERS, "utf8")) as { answers: Record<string, string> };
    expect(Object.keys(answers.answers).sort()).toEqual(Object.keys(raw.answers).sort());
  });

  it("is Acme Corp with the documented profile", async () => {
    const answers = await readAnswersFile(EXAMPLE_ANSWERS, questionnaire);
    expect(answers.schemaVersion).toBe(1);
    expect(answers.assessedAt).toBe("2026-11-01");
    expect(answers.organization).toEqual({
      name: "Acme Corp",
      regions: ["eu-west-1", "eu-central-1"],
      homeRegion: "eu-west-1",
      identityProvider: "okta",
      iac: "terraform",
      ci: "github-actions",
    });
  });

  it("shows a mixed maturity, with one traditional core capability holding a pillar down", async () => {
    const answers = await readAnswersFile(EXAMPLE_ANSWERS, questionnaire);
    const result = assess({ questionnaire, answers, organization: "Acme Corp" });
    expect(new Set(result.pillars.map((p) => p.stage)).size).toBeGreaterThanOrEqual(3);
    const held = result.pillars.filter((p) => p.stage === "traditional");
    expect(held.length).toBeGreaterThan(0);
    for (const p of held) {
      const traditional = p.capabilities.filter((c) => c.core && c.stage === "traditional");
      expect(traditional.length, p.id).toBeGreaterThan(0);
      // The floor hides a better average: the pillar's finer level is above traditional.
      expect(p.level, p.id).toBeGreaterThan(0);
    }
  });
});
