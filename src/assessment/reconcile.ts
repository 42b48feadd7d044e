import type { Finding } from "../model/evidence.js";
import { maxStage, stageLevel, type Stage } from "../model/stages.js";
import type { Question } from "../questionnaire/model.js";
import type { QuestionOption } from "../questionnaire/schema.js";
import type { CheckVerdict, QuestionResult } from "./model.js";

/**
 * One check's verdict over all its findings: it fails if any account or region fails, passes only if it
 * passed everywhere it ran (an unknown or error somewhere leaves it undetermined), and is
 * not-applicable only if nothing anywhere was in scope.
 */
export function checkVerdict(findings: Finding[]): CheckVerdict | null {
  if (!findings.length) return null;
  if (findings.some((f) => f.status === "fail")) return "fail";
  if (findings.some((f) => f.status === "unknown" || f.status === "error")) return "undetermined";
  if (findings.some((f) => f.status === "pass")) return "pass";
  return "not-applicable";
}

/**
 * Answers say what people believe; findings say what the accounts show. Each of the question's
 * evidence links says which options a pass supports and which a fail rules out:
 * - contradicted: a failing check rules the answer out; the evidence supports at most the highest
 *   option no failing check rules out;
 * - confirmed: not contradicted, and a passing check supports the answer, or a failing check rules out
 *   every option above it (the evidence pins the answer down);
 * - not-applicable: every linked check found nothing in scope;
 * - unverified: anything else. Evidence never raises an answer: a pass that supports only higher
 *   options becomes a hint.
 */
export function reconcileQuestion(q: Question, option: QuestionOption, findingsByCheck: ReadonlyMap<string, Finding[]>): QuestionResult {
  const answeredStage = option.stage;
  const links = q.evidence.map((link) => {
    const findings = findingsByCheck.get(link.check) ?? [];
    return { link, findings, verdict: checkVerdict(findings) };
  });
  const findings = links.flatMap((l) => l.findings);
  const base = { id: q.id, answer: option.value, answeredStage, findings, understated: false };
  const failing = links.filter((l) => l.verdict === "fail");
  const passing = links.filter((l) => l.verdict === "pass");
  const ruledOut = new Set(failing.flatMap((l) => l.link.rulesOut));
  const stageOf = (value: string) => q.options.find((o) => o.value === value)!.stage;

  if (ruledOut.has(option.value)) {
    const possible = q.options.filter((o) => !ruledOut.has(o.value) && stageLevel(o.stage) <= stageLevel(answeredStage)).map((o) => o.stage);
    const verifiedStage = possible.length ? maxStage(possible) : "traditional";
    return { ...base, verifiedStage, status: "contradicted", explanation: explain(option, failing.filter((l) => l.link.rulesOut.includes(option.value)).flatMap((l) => l.findings), verifiedStage) };
  }
  const above = q.options.filter((o) => stageLevel(o.stage) > stageLevel(answeredStage)).map((o) => o.value);
  // Nothing above an optimal answer: a fail that spares it pins nothing down.
  const pinned = above.length > 0 && failing.some((l) => above.every((v) => l.link.rulesOut.includes(v)));
  if (pinned || passing.some((l) => l.link.supports.includes(option.value))) return { ...base, verifiedStage: answeredStage, status: "confirmed" };

  const suggests = passing
    .map((l) => l.link.supports.map(stageOf))
    .filter((stages) => stages.length && stages.every((s) => stageLevel(s) > stageLevel(answeredStage)))
    .flat();
  const hint = suggests.length ? { understated: true, suggestedStage: suggests.reduce((a, b) => (stageLevel(b) < stageLevel(a) ? b : a)) } : {};
  const inScope = links.some((l) => l.verdict !== "not-applicable");
  return { ...base, ...hint, verifiedStage: null, status: links.length && !inScope ? "not-applicable" : "unverified" };
}

function explain(option: QuestionOption, failed: Finding[], capped: Stage): string {
  const byCheck = new Map<string, Finding[]>();
  for (const f of failed) if (f.status === "fail") byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
  const quotes = [...byCheck.values()].map((fs) => {
    const accounts = [...new Set(fs.map((f) => f.accountId))];
    const first = fs[0]!;
    const where = accounts.length > 1 ? ` (and in ${accounts.length - 1} more account${accounts.length > 2 ? "s" : ""})` : "";
    return `${first.detail}${where}`;
  });
  return `You answered "${option.label}"; ${quotes.join("; ")}. Capped at ${capped}.`;
}
