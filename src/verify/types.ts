import type { FindingStatus } from "../model/evidence.js";

/**
 * Where a check runs and what one finding stands for:
 * - `account`: once per account (IAM, S3 account settings); the finding's region is `global`;
 * - `region`: once per account and region;
 * - `org`: once per scan, in the management account (SCPs, org features); region `global`;
 * - `org-region`: once per region in the management account (delegated admins per region).
 */
export type CheckScope = "account" | "region" | "org" | "org-region";

/** A fetched piece of service data, or why it could not be fetched (never a silent empty value). */
export type Got<T> = { ok: true; calls: string[]; value: T } | { ok: false; calls: string[]; status: "unknown" | "error"; reason: string };

/** What a check function returns; the scanner adds ids, metadata and the calls it read. */
export interface Outcome {
  status: FindingStatus;
  detail: string;
  resources?: string[];
}
