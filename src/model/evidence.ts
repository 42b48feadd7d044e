import type { PillarId } from "./pillars.js";

/** `not-applicable`: nothing in scope to evaluate (no VPCs, no users); it never confirms an answer and never counts as a pass. */
export type FindingStatus = "pass" | "fail" | "not-applicable" | "unknown" | "error";
export type Severity = "critical" | "high" | "medium" | "low" | "informational";

/** One check's result in one account and region (region `global` for account-wide checks). */
export interface Finding {
  /** Stable across scans: `<checkId>/<accountId>/<region>`; compare uses it to tell fixed, new and regressed. */
  id: string;
  checkId: string;
  pillar: PillarId;
  capability: string;
  severity: Severity;
  accountId: string;
  region: string;
  status: FindingStatus;
  resources: string[];
  detail: string;
  /** The API calls that produced this result, e.g. `iam:GetCredentialReport`. */
  calls: string[];
  remediation: { module?: string; doc: string; text: string };
}

export interface ScannedAccount {
  id: string;
  name: string;
  ou?: string;
  status: "scanned" | "failed" | "skipped";
  error?: string;
}

/** What `verify --json` prints and `assess --evidence FILE` reads back. */
export interface Evidence {
  schemaVersion: 1;
  tool: { name: string; version: string };
  generatedAt: string;
  caller: { accountId: string; arn: string };
  organization: { id: string; managementAccountId: string } | null;
  regions: string[];
  accounts: ScannedAccount[];
  findings: Finding[];
  /** The slice of the accounts this file covers (`verify --shard I/N`); `verify merge` checks that every slice is there. */
  shard?: { index: number; count: number };
  /** Why the scan did not cover all it was asked to (the organization could not be listed, the deadline passed): it could not verify. */
  incomplete?: string[];
}

/** Check metadata the assessment needs to reconcile evidence with answers (from checks/*.yaml, linked when loaded). */
export interface CheckMeta {
  id: string;
  title: string;
  pillar: PillarId;
  capability: string;
  severity: Severity;
  /** The questions whose `evidence` lists name this check (derived from the questionnaire). */
  questions: string[];
  calls: string[];
  /** `module`: the first template module whose `checks` ("done when") list names this check (derived from the manifests). */
  remediation: { module?: string; doc: string; text: string };
}
