import type { Finding } from "../model/evidence.js";
import type { PillarId } from "../model/pillars.js";
import type { Stage } from "../model/stages.js";

/** How evidence bears on an answer: not-applicable means every check found nothing in scope, which is never a confirmation. */
export type VerificationStatus = "confirmed" | "contradicted" | "unverified" | "not-applicable";
export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ["confirmed", "contradicted", "unverified", "not-applicable"];

/** One check's verdict over all accounts and regions it ran in. */
export type CheckVerdict = "pass" | "fail" | "not-applicable" | "undetermined";

export interface QuestionResult {
  id: string;
  answer: string;
  answeredStage: Stage;
  /** The stage after evidence caps it; null when no check could evaluate it. */
  verifiedStage: Stage | null;
  status: VerificationStatus;
  /** Evidence suggests more than was answered: a passing check supports only higher options (a hint, never applied). */
  understated: boolean;
  /** The lowest stage the passing evidence supports, when understated. */
  suggestedStage?: Stage;
  /** Findings (every status) of the checks behind this question. */
  findings: Finding[];
  /** Human explanation of a contradiction, quoting the evidence. */
  explanation?: string;
}

export interface CapabilityResult {
  id: string;
  pillar: PillarId;
  title: string;
  core: boolean;
  /** Null when every question of the capability is hidden by its conditions. */
  answeredStage: Stage | null;
  verifiedStage: Stage | null;
  /** The stage that counts: the verified stage where there is evidence, else the answered one. */
  stage: Stage | null;
  status: VerificationStatus;
  questions: QuestionResult[];
}

export interface PillarResult {
  id: PillarId;
  title: string;
  principle: string;
  /** Weakest-link floor over core capabilities (answered stages). */
  answeredStage: Stage;
  /** Weakest-link floor over core capabilities (evidence-capped stages). */
  stage: Stage;
  level: number;
  answeredLevel: number;
  capabilities: CapabilityResult[];
  counts: Record<VerificationStatus, number>;
}

export interface Assessment {
  organization: string;
  pillars: PillarResult[];
  overall: { stage: Stage; level: number; answeredStage: Stage; answeredLevel: number; counts: Record<VerificationStatus, number> };
  evidence: { present: boolean; generatedAt?: string; accounts?: number; findings?: number };
  rule: string;
}
