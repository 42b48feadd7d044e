import type { ServiceData, ServiceName } from "../collect/index.js";
import type { OrgSnapshot } from "../scan/organization.js";
import type { CheckScope, Got, Outcome } from "../types.js";

/** What a check function sees: its place in the scan, the shared service data and a few helpers. */
export interface CheckContext {
  accountId: string;
  /** The finding's region: a region name, or `global` for account and org checks. */
  region: string;
  /** Where account-wide services (IAM, S3, CloudTrail's shadow trails) are asked: the first scanned region. */
  homeRegion: string;
  /** Every region of the scan (org checks look across them). */
  regions: string[];
  now: Date;
  org: OrgSnapshot;
  /** Service data for this account (or another one, for org checks) in a region, fetched once and shared. */
  data<K extends ServiceName>(service: K, region?: string, accountId?: string): Promise<ServiceData[K]>;
  /** The value of a fetched piece of data; if it could not be fetched the check ends as unknown/error with the reason. */
  need<T>(got: Got<T>): T;
  /** Records API calls that informed the result without going through need(). */
  read(got: Got<unknown>): void;
}

export interface Check {
  id: string;
  scope: CheckScope;
  run(c: CheckContext): Promise<Outcome>;
}

export const defineCheck = (check: Check): Check => check;

/** A pass names what it evaluated (resource ARNs, or the account or region setting read); the scanner turns one without into an error. */
export const pass = (detail: string, resources: string[]): Outcome => ({ status: "pass", detail, resources });
/** Nothing in scope to evaluate (no VPCs, no users): says what was looked for, never a pass. */
export const notApplicable = (detail: string): Outcome => ({ status: "not-applicable", detail, resources: [] });
export const fail = (detail: string, resources: string[] = []): Outcome => ({ status: "fail", detail, resources });

/** "3 users" / "1 user". */
export const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;

/** A short list for details: the first few names, then how many more. */
export function few(names: string[], max = 5): string {
  const shown = names.slice(0, max).join(", ");
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
