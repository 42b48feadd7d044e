import type { ServiceData, ServiceName } from "../../src/verify/collect/index.js";
import type { Check, CheckContext } from "../../src/verify/checks/define.js";
import type { OrgSnapshot } from "../../src/verify/scan/organization.js";
import type { Got, Outcome } from "../../src/verify/types.js";

/** Service data a test serves: per service, the pieces a check reads (others are absent and fail loudly). */
export type FakeData = { [K in ServiceName]?: Partial<ServiceData[K]> };

export const ACCOUNT = "111122223333";
export const REGION = "eu-west-1";

/** A fetched value, as a collector returns it. */
export const ok = <T>(value: T, calls: string[] = []): Got<T> => ({ ok: true, calls, value });
/** A piece of data that could not be read (access denied by default). */
export const denied = (call = "x:Read", status: "unknown" | "error" = "unknown"): Got<never> => ({ ok: false, calls: [call], status, reason: `access denied to ${call}` });

export interface FakeOptions {
  accountId?: string;
  region?: string;
  regions?: string[];
  now?: Date;
  org?: Partial<OrgSnapshot>;
  /** Data of other accounts (org checks): account id -> service data. */
  accounts?: Record<string, FakeData>;
}

/**
 * A CheckContext that serves given service data instead of AWS, ending a check as unknown/error
 * through need() exactly as the scanner does, so any check runs table-driven through its branches.
 */
export function fakeContext(data: FakeData, opts: FakeOptions = {}): CheckContext {
  const accountId = opts.accountId ?? ACCOUNT;
  const regions = opts.regions ?? [REGION];
  return {
    accountId,
    region: opts.region ?? REGION,
    homeRegion: regions[0]!,
    regions,
    now: opts.now ?? new Date("2026-12-04T12:00:00Z"),
    org: { caller: { accountId, arn: `arn:aws:iam::${accountId}:root` }, organization: null, problem: null, accounts: [], scps: denied(), rcps: denied(), delegatedAdmins: denied(), serviceAccess: denied(), ...opts.org },
    async data<K extends ServiceName>(service: K, _region?: string, other?: string) {
      const served = other && other !== accountId ? opts.accounts?.[other]?.[service] : data[service];
      if (!served) throw new Error(`fake context serves no ${service} data for ${other ?? accountId}`);
      return served as ServiceData[K];
    },
    need<T>(got: Got<T>): T {
      if (!got.ok) throw new Unreadable(got.status, got.reason);
      return got.value;
    },
    read() {},
  };
}

class Unreadable extends Error {
  constructor(
    readonly status: "unknown" | "error",
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Runs a check against the fake context; need() failures become the unknown/error outcome the scanner makes. */
export async function runFake(check: Check, data: FakeData, opts?: FakeOptions): Promise<Outcome> {
  try {
    return await check.run(fakeContext(data, opts));
  } catch (err) {
    if (err instanceof Unreadable) return { status: err.status, detail: err.reason, resources: [] };
    throw err;
  }
}
