import type { Evidence, Finding } from "../model/evidence.js";
import { minStage, stageLevel, type Stage } from "../model/stages.js";
import type { AnswersFile } from "../questionnaire/answers-schema.js";
import { isVisible } from "../questionnaire/conditions.js";
import type { Capability, Pillar, Question, Questionnaire } from "../questionnaire/model.js";
import { VERIFICATION_STATUSES, type Assessment, type CapabilityResult, type PillarResult, type QuestionResult, type VerificationStatus } from "./model.js";
import { reconcileQuestion } from "./reconcile.js";

export const SCORING_RULE =
  "A capability's stage is the lowest stage among its answered questions. A pillar's stage is the lowest stage among its core capabilities (weakest-link floor), so one traditional core capability keeps the pillar traditional. The pillar's level (0-3, two decimals) is the mean over all its assessed capabilities, for charts and trends. Evidence caps a stage when a check fails (contradicted); without evidence a capability is unverified and keeps its answered stage, never counted as confirmed. A check that found nothing in scope (no VPCs, no users) is not-applicable: it never confirms an answer.";

export interface AssessInput {
  questionnaire: Questionnaire;
  answers: AnswersFile;
  organization: string;
  evidence?: Evidence;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const countStatuses = (statuses: VerificationStatus[]): Record<VerificationStatus, number> =>
  Object.fromEntries(VERIFICATION_STATUSES.map((v) => [v, statuses.filter((s) => s === v).length])) as Record<VerificationStatus, number>;

/** Pure scoring: answers (+ evidence) -> stage per question, capability, pillar and overall. */
export function assess(input: AssessInput): Assessment {
  const findingsByCheck = new Map<string, Finding[]>();
  for (const f of input.evidence?.findings ?? []) findingsByCheck.set(f.checkId, [...(findingsByCheck.get(f.checkId) ?? []), f]);

  const pillars = input.questionnaire.pillars.map((p) => scorePillar(p, input, findingsByCheck));
  const levels = pillars.map((p) => p.level);
  return {
    organization: input.organization,
    pillars,
    overall: {
      stage: minStage(pillars.map((p) => p.stage)),
      level: round2(mean(levels)),
      answeredStage: minStage(pillars.map((p) => p.answeredStage)),
      answeredLevel: round2(mean(pillars.map((p) => p.answeredLevel))),
      counts: countStatuses(pillars.flatMap((p) => p.capabilities.filter((c) => c.stage !== null).map((c) => c.status))),
    },
    evidence: input.evidence
      ? { present: true, generatedAt: input.evidence.generatedAt, accounts: input.evidence.accounts.length, findings: input.evidence.findings.length }
      : { present: false },
    rule: SCORING_RULE,
  };
}

/**
 * The capabilities a pillar's stage is the floor of: its assessed core capabilities; if conditions
 * hide every core one, all assessed ones rather than reporting nothing.
 */
export function weakestLinks(capabilities: CapabilityResult[]): CapabilityResult[] {
  const assessed = capabilities.filter((c) => c.stage !== null);
  return assessed.some((c) => c.core) ? assessed.filter((c) => c.core) : assessed;
}

function scorePillar(pillar: Pillar, input: AssessInput, findingsByCheck: Map<string, Finding[]>): PillarResult {
  const capabilities = pillar.capabilities.map((c) =>
    scoreCapability(c, pillar.questions.filter((q) => q.capability === c.id), input, findingsByCheck),
  );
  const assessed = capabilities.filter((c) => c.stage !== null);
  const floorSet = weakestLinks(capabilities);
  const floor = (pick: (c: CapabilityResult) => Stage | null): Stage =>
    floorSet.length ? minStage(floorSet.map((c) => pick(c)!)) : "traditional";
  return {
    id: pillar.id,
    title: pillar.title,
    principle: pillar.principle,
    answeredStage: floor((c) => c.answeredStage),
    stage: floor((c) => c.stage),
    answeredLevel: round2(mean(assessed.map((c) => stageLevel(c.answeredStage!)))),
    level: round2(mean(assessed.map((c) => stageLevel(c.stage!)))),
    capabilities,
    counts: countStatuses(assessed.map((c) => c.status)),
  };
}

function scoreCapability(cap: Capability, questions: Question[], input: AssessInput, findingsByCheck: Map<string, Finding[]>): CapabilityResult {
  const results: QuestionResult[] = [];
  for (const q of questions) {
    const answer = input.answers.answers[q.id];
    if (typeof answer !== "string" || !isVisible(q, input.answers)) continue;
    const option = q.options.find((o) => o.value === answer);
    if (!option) continue;
    const result = reconcileQuestion(q, option, findingsByCheck);
    // "Not sure" is scored at the lowest option, which a failing check can pin down; nobody chose it, so it stays a follow-up.
    const unsure = result.status === "confirmed" && input.answers.unsure?.includes(q.id);
    results.push(unsure ? { ...result, verifiedStage: null, status: "unverified" } : result);
  }
  const base = { id: cap.id, pillar: cap.pillar, title: cap.title, core: cap.core, questions: results };
  if (!results.length) return { ...base, answeredStage: null, verifiedStage: null, stage: null, status: "unverified" };
  const answeredStage = minStage(results.map((r) => r.answeredStage));
  const stage = minStage(results.map((r) => r.verifiedStage ?? r.answeredStage));
  // Questions with nothing in scope neither confirm nor hold back the capability; all of them: not-applicable.
  const relevant = results.filter((r) => r.status !== "not-applicable");
  const status: VerificationStatus = !relevant.length
    ? "not-applicable"
    : relevant.some((r) => r.status === "contradicted")
      ? "contradicted"
      : relevant.every((r) => r.status === "confirmed")
        ? "confirmed"
        : "unverified";
  return { ...base, answeredStage, stage, verifiedStage: status === "confirmed" || status === "contradicted" ? stage : null, status };
}

