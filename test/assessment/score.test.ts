import { describe, expect, it } from "vitest";
import { reconcileQuestion } from "../../src/assessment/reconcile.js";
import { assess } from "../../src/assessment/score.js";
import type { Evidence, Finding } from "../../src/model/evidence.js";
import { PILLAR_IDS } from "../../src/model/pillars.js";
import type { Stage } from "../../src/model/stages.js";
import type { AnswersFile } from "../../src/questionnaire/answers-schema.js";
import { fixtureQuestionnaire } from "./fixture.js";

const questionnaire = fixtureQuestionnaire();
const VALUE: Record<Stage, string> = { traditional: "none", initial: "some", advanced: "most", optimal: "all" };

function answersWith(identity: Partial<Record<"a" | "a2" | "b" | "c", Stage>>, rest: Stage = "advanced"): AnswersFile {
  const answers: Record<string, string> = {};
  for (const p of PILLAR_IDS) for (const c of ["a", "b", "c"]) answers[`${p}.${c}`] = VALUE[rest];
  for (const [k, v] of Object.entries(identity)) answers[`identity.${k}`] = VALUE[v];
  if (!("a2" in identity)) answers["identity.a2"] = answers["identity.a"]!;
  return { schemaVersion: 1, organization: { name: "T" }, answers };
}

const identity = (answers: AnswersFile, evidence?: Evidence) =>
  assess({ questionnaire, answers, organization: "T", evidence }).pillars.find((p) => p.id === "identity")!;

describe("pillar stage: weakest-link floor over core capabilities", () => {
  it.each([
    // a (core), a2 (same capability), b (core), c (non-core) -> pillar stage, level (mean of a, b, c)
    [{ a: "optimal", a2: "optimal", b: "optimal", c: "optimal" }, "optimal", 3],
    [{ a: "optimal", a2: "optimal", b: "traditional", c: "optimal" }, "traditional", 2],
    [{ a: "advanced", a2: "initial", b: "optimal", c: "optimal" }, "initial", 2.33],
    [{ a: "optimal", a2: "optimal", b: "optimal", c: "traditional" }, "optimal", 2],
    [{ a: "initial", a2: "initial", b: "advanced", c: "traditional" }, "initial", 1],
  ] as const)("%o -> %s (level %d)", (answers, stage, level) => {
    const p = identity(answersWith(answers));
    expect(p.stage).toBe(stage);
    expect(p.answeredStage).toBe(stage);
    expect(p.level).toBe(level);
  });

  it("ignores a question hidden by its condition (a stale answer must not score)", () => {
    const p = identity(answersWith({ a: "traditional", a2: "optimal", b: "traditional", c: "traditional" }));
    const a = p.capabilities.find((c) => c.id === "identity.a")!;
    expect(a.questions.map((q) => q.id)).toEqual(["identity.a"]);
    expect(a.answeredStage).toBe("traditional");
  });

  it("reports overall stage as the weakest pillar and level as the mean of pillar levels", () => {
    const result = assess({ questionnaire, answers: answersWith({ a: "initial", a2: "initial", b: "initial", c: "initial" }), organization: "T" });
    expect(result.overall.stage).toBe("initial");
    expect(result.overall.level).toBe(Math.round(((1 + 6 * 2) / 7) * 100) / 100);
  });

  it("marks everything unverified without evidence, never confirmed", () => {
    const result = assess({ questionnaire, answers: answersWith({}), organization: "T" });
    const statuses = result.pillars.flatMap((p) => p.capabilities.map((c) => c.status));
    expect(new Set(statuses)).toEqual(new Set(["unverified"]));
    expect(result.overall.counts.confirmed).toBe(0);
  });
});

describe("reconciliation with evidence", () => {
  const finding = (checkId: string, status: Finding["status"], accountId = "111122223333", region = "global"): Finding => ({
    id: `${checkId}/${accountId}/${region}`, checkId, pillar: "identity", capability: "identity.b", severity: "high", accountId, region,
    status, resources: status === "pass" ? [`arn:aws:iam::${accountId}:root`] : [], detail: `3 IAM users in ${accountId} have console passwords and no MFA device`, calls: ["svc:GetThing"], remediation: { doc: "https://example.com", text: "fix" },
  });
  const evidence = (findings: Finding[]): Evidence => ({
    schemaVersion: 1, tool: { name: "create-zero-trust", version: "0" }, generatedAt: "2026-11-01T00:00:00Z", caller: { accountId: "123456789012", arn: "arn" },
    organization: null, regions: ["eu-west-1"], accounts: [], findings,
  });

  it("a failing check caps an overstated answer: contradicted, with the finding quoted", () => {
    const p = identity(answersWith({ b: "optimal" }), evidence([finding("svc.identity-b", "fail"), finding("svc.identity-b", "fail", "444455556666")]));
    const b = p.capabilities.find((c) => c.id === "identity.b")!;
    expect(b).toMatchObject({ status: "contradicted", answeredStage: "optimal", verifiedStage: "initial", stage: "initial" });
    expect(b.questions[0]!.explanation).toContain("3 IAM users in 111122223333 have console passwords and no MFA device (and in 1 more account)");
    expect(p.stage).toBe("initial");
    expect(p.answeredStage).toBe("advanced");
  });

  it("a failing check that agrees with a modest answer confirms it", () => {
    const b = identity(answersWith({ b: "initial" }), evidence([finding("svc.identity-b", "fail")])).capabilities.find((c) => c.id === "identity.b")!;
    expect(b).toMatchObject({ status: "confirmed", verifiedStage: "initial" });
  });

  it("a \"not sure\" answer the same failing check would pin down stays unverified, at the same stage", () => {
    const answers = { ...answersWith({ b: "initial" }), unsure: ["identity.b"] };
    const b = identity(answers, evidence([finding("svc.identity-b", "fail")])).capabilities.find((c) => c.id === "identity.b")!;
    expect(b).toMatchObject({ status: "unverified", verifiedStage: null, stage: "initial" });
    expect(b.questions[0]).toMatchObject({ status: "unverified", verifiedStage: null, answeredStage: "initial" });
  });

  it("a passing check confirms the options it supports", () => {
    const b = identity(answersWith({ b: "advanced" }), evidence([finding("svc.identity-b", "pass"), finding("svc.identity-b", "pass", "444455556666")])).capabilities.find((c) => c.id === "identity.b")!;
    expect(b).toMatchObject({ status: "confirmed", verifiedStage: "advanced", stage: "advanced" });
  });

  it("never raises an understated answer: a pass that supports only higher options is a hint", () => {
    const b = identity(answersWith({ b: "initial" }), evidence([finding("svc.identity-b", "pass")])).capabilities.find((c) => c.id === "identity.b")!;
    expect(b).toMatchObject({ status: "unverified", stage: "initial", verifiedStage: null });
    expect(b.questions[0]).toMatchObject({ understated: true, suggestedStage: "advanced" });
  });

  it("nothing in scope is not-applicable: it confirms nothing, not even an optimal answer", () => {
    const p = identity(answersWith({ b: "optimal" }), evidence([finding("svc.identity-b", "not-applicable"), finding("svc.identity-b", "not-applicable", "444455556666")]));
    const b = p.capabilities.find((c) => c.id === "identity.b")!;
    expect(b).toMatchObject({ status: "not-applicable", verifiedStage: null, stage: "optimal" });
    expect(b.questions[0]!.status).toBe("not-applicable");
    expect(p.counts).toMatchObject({ confirmed: 0, "not-applicable": 1 });
  });

  it("a pass in one account and nothing in scope in another still confirms; an error anywhere leaves it undetermined", () => {
    const mixed = identity(answersWith({ b: "optimal" }), evidence([finding("svc.identity-b", "pass"), finding("svc.identity-b", "not-applicable", "444455556666")]));
    expect(mixed.capabilities.find((c) => c.id === "identity.b")!.status).toBe("confirmed");
    const partial = identity(answersWith({ b: "optimal" }), evidence([finding("svc.identity-b", "pass"), finding("svc.identity-b", "error", "444455556666")]));
    expect(partial.capabilities.find((c) => c.id === "identity.b")!).toMatchObject({ status: "unverified", verifiedStage: null });
  });

  it("a fail that spares an optimal answer pins nothing down: unverified, not confirmed", () => {
    const q = { ...questionnaire.questions.get("identity.b")!, evidence: [{ check: "svc.identity-b", supports: ["most"], rulesOut: ["most"], at: (m: string) => m }] };
    const result = reconcileQuestion(q, q.options.find((o) => o.value === "all")!, new Map([["svc.identity-b", [finding("svc.identity-b", "fail")]]]));
    expect(result).toMatchObject({ status: "unverified", verifiedStage: null });
  });

  it("unknown and error findings never confirm", () => {
    const b = identity(answersWith({ b: "optimal" }), evidence([finding("svc.identity-b", "unknown"), finding("svc.identity-b", "error")])).capabilities.find((c) => c.id === "identity.b")!;
    expect(b).toMatchObject({ status: "unverified", verifiedStage: null, stage: "optimal" });
  });
});
