import type { CheckMeta, Finding } from "../model/evidence.js";
import { minStage, stageLevel, type Stage } from "../model/stages.js";
import type { Question } from "../questionnaire/model.js";
import type { QuestionOption } from "../questionnaire/schema.js";
import type { QuestionResult } from "./model.js";

/**
 * Answers say what people believe; findings say what the accounts show. Only pass/fail findings
 * count as evidence: unknown and error never confirm anything.
 */
export function reconcileQuestion(q: Question, option: QuestionOption, findings: Finding[], checks: Map<string, CheckMeta>): QuestionResult {
  const answeredStage = option.stage;
  const base = { id: q.id, answer: option.value, answeredStage, findings, understated: false };
  const evaluated = findings.filter((f) => f.status === "pass" || f.status === "fail");
  if (!evaluated.length) return { ...base, verifiedStage: null, status: "unverified" };

  const failed = evaluated.filter((f) => f.status === "fail");
  if (failed.length) {
    const cap = minStage(failed.map((f) => checks.get(f.checkId)?.failCap ?? "traditional"));
    const verifiedStage = minStage([answeredStage, cap]);
    if (stageLevel(verifiedStage) < stageLevel(answeredStage))
      return { ...base, verifiedStage, status: "contradicted", explanation: explain(option, failed, verifiedStage) };
    return { ...base, verifiedStage, status: "confirmed" };
  }
  const floors = evaluated.map((f) => checks.get(f.checkId)?.passFloor).filter((s): s is Stage => !!s);
  const floor = floors.length ? minStage(floors) : undefined;
  return { ...base, verifiedStage: answeredStage, status: "confirmed", understated: !!floor && stageLevel(floor) > stageLevel(answeredStage) };
}

function explain(option: QuestionOption, failed: Finding[], capped: Stage): string {
  const byCheck = new Map<string, Finding[]>();
  for (const f of failed) byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
  const quotes = [...byCheck.values()].map((fs) => {
    const accounts = [...new Set(fs.map((f) => f.accountId))];
    const first = fs[0]!;
    const where = accounts.length > 1 ? ` (and in ${accounts.length - 1} more account${accounts.length > 2 ? "s" : ""})` : "";
    return `${first.detail}${where}`;
  });
  return `You answered "${option.label}"; ${quotes.join("; ")}. Capped at ${capped}.`;
}
