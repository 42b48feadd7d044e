import { DescribeRegionsCommand, EC2Client } from "@aws-sdk/client-ec2";
import type { CheckMeta, Evidence, Finding, ScannedAccount } from "../../model/evidence.js";
import { ADVICE, classifyError, problemKind } from "../aws/classify.js";
import { ClientFactory, type ClientHook, type ClientSettings, type Credentials } from "../aws/clients.js";
import { LimitedHandler } from "../aws/limited-handler.js";
import { COLLECTORS, type ServiceData, type ServiceName } from "../collect/index.js";
import { CHECKS } from "../checks/index.js";
import type { Check, CheckContext } from "../checks/define.js";
import type { CheckScope, Got, Outcome } from "../types.js";
import { assumeRole, callerCredentials } from "./credentials.js";
import { readOrganization, type OrgAccount, type OrgSnapshot } from "./organization.js";
import { ScanFailure } from "./failure.js";
import { mapLimit } from "./semaphore.js";
import { selectAccounts, type Shard } from "./select.js";

export interface ScanOptions {
  catalog: Map<string, CheckMeta>;
  tool: { name: string; version: string };
  env: NodeJS.ProcessEnv;
  profile?: string;
  roleName?: string;
  /** Regions to scan; absent: the regions enabled for the caller (EC2 DescribeRegions). */
  regions?: string[];
  accounts?: string[];
  concurrency?: number;
  shard?: Shard;
  /** The scan's clock (tests move it to age access keys). */
  now?: Date;
  /** Attached to every SDK client the scan creates (tests add fault-injecting or recording middleware). */
  onClient?: ClientHook;
  maxAttempts?: number;
  requestTimeoutMs?: number;
  /** Seconds the whole scan may take: then requests in flight end and what was not evaluated is an error (`--deadline`). */
  deadlineSeconds?: number;
}

export type ProgressEvent =
  | { kind: "organization"; organization: OrgSnapshot["organization"]; caller: string; accounts: number; regions: string[] }
  | { kind: "account"; done: number; total: number; account: ScannedAccount }
  | { kind: "org-checks" };

export const DEFAULT_ROLE_NAME = "OrganizationAccountAccessRole";
export const DEFAULT_CONCURRENCY = 8;

class CannotEvaluate extends Error {
  constructor(
    readonly status: "unknown" | "error",
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Walks the organization and runs every check in every selected account and region. */
export async function runScan(opts: ScanOptions, progress: (e: ProgressEvent) => void = () => {}): Promise<Evidence> {
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY;
  const roleName = opts.roleName ?? DEFAULT_ROLE_NAME;
  const now = opts.now ?? new Date();
  const handler = new LimitedHandler(Math.max(16, concurrency * 8), { connectionTimeout: 5_000, requestTimeout: opts.requestTimeoutMs ?? 20_000 });
  const settings: ClientSettings = { handler, env: opts.env, maxAttempts: opts.maxAttempts ?? 5, onClient: opts.onClient, shared: new Map() };
  const checks = selectChecks(opts.catalog);
  const deadline = opts.deadlineSeconds ? startDeadline(opts.deadlineSeconds, handler) : undefined;
  try {
    const callerRegion = opts.env.AWS_REGION || opts.env.AWS_DEFAULT_REGION || opts.regions?.[0] || "us-east-1";
    const callerCreds = callerCredentials(opts.env, opts.profile);
    let caller = new ClientFactory("caller", callerRegion, callerCreds, settings);
    let org: OrgSnapshot;
    try {
      org = await readOrganization(caller);
    } catch (err) {
      const cause = (err as { cause?: unknown }).cause ?? err;
      const { reason } = classifyError(cause, "sts:GetCallerIdentity");
      throw new ScanFailure(`cannot identify the caller: ${reason}. ${ADVICE[problemKind(reason)]}.`);
    }
    caller = new ClientFactory(org.caller.accountId, callerRegion, callerCreds, settings);
    const regions = opts.regions ?? (await enabledRegions(caller, org.caller.arn));
    const homeRegion = regions[0]!;
    const selected = selectAccounts(org.accounts, { accounts: opts.accounts, shard: opts.shard, orgListed: !!org.organization && !org.problem });
    progress({ kind: "organization", organization: org.organization, caller: org.caller.arn, accounts: selected.length, regions });

    // Credentials and service data per account, in memory for the scan only.
    const credentials = new Map<string, Promise<Credentials>>();
    const credentialsFor = (accountId: string): Promise<Credentials> => {
      let c = credentials.get(accountId);
      if (!c) {
        c = accountId === org.caller.accountId ? Promise.resolve(callerCreds) : assumeRole(caller, `arn:aws:iam::${accountId}:role/${roleName}`);
        credentials.set(accountId, c);
      }
      return c;
    };
    const memo = new Map<string, Promise<unknown>>();
    const data = async <K extends ServiceName>(service: K, accountId: string, region: string): Promise<ServiceData[K]> => {
      const key = `${accountId}|${region}|${service}`;
      let p = memo.get(key) as Promise<ServiceData[K]> | undefined;
      if (!p) {
        p = credentialsFor(accountId).then(
          (creds) => COLLECTORS[service](new ClientFactory(accountId, region, creds, settings)) as Promise<ServiceData[K]>,
          (err) => unreachable(service, err) as ServiceData[K],
        );
        memo.set(key, p);
      }
      return p;
    };
    const management = org.organization?.managementAccountId;
    const forget = (accountId: string) => {
      if (accountId === management) return; // other accounts' checks may still read the management account's trails
      for (const key of memo.keys()) if (key.startsWith(`${accountId}|`)) memo.delete(key);
    };

    const base: Base = { homeRegion, regions, now, org, data, deadline };
    const findings: Finding[] = [];
    const scanned: ScannedAccount[] = [];
    let done = 0;
    await mapLimit(selected, concurrency, async (account) => {
      const result = await scanAccount(account, checks, base, credentialsFor, roleName);
      findings.push(...result.findings);
      scanned.push(result.account);
      forget(account.id);
      progress({ kind: "account", done: ++done, total: selected.length, account: result.account });
    });

    // Organization-wide checks once per org: in the first shard only, so merged shards hold them once.
    if (!opts.shard || opts.shard.index === 1) {
      progress({ kind: "org-checks" });
      const orgAccount = management || org.caller.accountId;
      for (const { check, meta } of checks.filter((c) => c.check.scope === "org" || c.check.scope === "org-region")) {
        const where = check.scope === "org" ? ["global"] : regions;
        findings.push(...(await Promise.all(where.map((region) => runCheck(check, meta, { ...base, accountId: orgAccount, region })))));
      }
    }

    findings.sort((a, b) => a.checkId.localeCompare(b.checkId) || a.accountId.localeCompare(b.accountId) || a.region.localeCompare(b.region));
    scanned.sort((a, b) => a.id.localeCompare(b.id));
    return {
      schemaVersion: 1,
      tool: opts.tool,
      generatedAt: now.toISOString(),
      caller: { accountId: org.caller.accountId, arn: org.caller.arn },
      organization: org.organization ? { id: org.organization.id, managementAccountId: org.organization.managementAccountId } : null,
      regions,
      accounts: scanned,
      findings,
      ...(opts.shard ? { shard: opts.shard } : {}),
      ...incompleteness(org, deadline, findings),
    };
  } finally {
    deadline?.stop();
    handler.close();
  }
}

/** Why the evidence does not cover what was asked: the organization could not be listed, or the deadline passed. */
function incompleteness(org: OrgSnapshot, deadline: Deadline | undefined, findings: Finding[]): Pick<Evidence, "incomplete"> {
  const why: string[] = [];
  // Scanning only the caller's account is not a scan of the organization.
  if (org.problem) why.push(`could not list the organization's accounts: ${org.problem.reason}`);
  if (deadline?.passed) why.push(`${deadline.reason}: ${findings.filter((f) => f.detail === deadline.reason).length} of ${findings.length} findings were not evaluated`);
  return why.length ? { incomplete: why } : {};
}

interface Deadline {
  readonly passed: boolean;
  readonly reason: string;
  /** Settles (never resolves) when the deadline passes, with the reason as a CannotEvaluate error. */
  readonly reached: Promise<never>;
  stop(): void;
}

/** Ends the scan's requests after `seconds`; checks still running (or not started) then end as errors. */
function startDeadline(seconds: number, handler: LimitedHandler): Deadline {
  const reason = `not evaluated: the scan's --deadline of ${seconds} s passed`;
  let passed = false;
  let timer: NodeJS.Timeout | undefined;
  const reached = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      passed = true;
      handler.abort(reason);
      reject(new CannotEvaluate("error", reason));
    }, seconds * 1000);
  });
  reached.catch(() => {}); // observed only by checks that are still running
  return {
    get passed() {
      return passed;
    },
    reason,
    reached,
    stop: () => clearTimeout(timer),
  };
}

interface Base {
  homeRegion: string;
  regions: string[];
  now: Date;
  org: OrgSnapshot;
  data: <K extends ServiceName>(service: K, accountId: string, region: string) => Promise<ServiceData[K]>;
  deadline?: Deadline;
}

interface Selected {
  check: Check;
  meta: CheckMeta;
}

function selectChecks(catalog: Map<string, CheckMeta>): Selected[] {
  const missing = [...catalog.keys()].filter((id) => !CHECKS.some((c) => c.id === id));
  if (missing.length) throw new Error(`checks without an implementation: ${missing.join(", ")}`);
  return CHECKS.filter((c) => catalog.has(c.id)).map((check) => ({ check, meta: catalog.get(check.id)! }));
}

const ACCOUNT_SCOPES: CheckScope[] = ["account", "region"];

async function scanAccount(account: OrgAccount, checks: Selected[], base: Base, credentialsFor: (id: string) => Promise<Credentials>, roleName: string) {
  const scanned: ScannedAccount = { id: account.id, name: account.name, ...(account.ou ? { ou: account.ou } : {}), status: "scanned" };
  const perAccount = checks.filter((c) => ACCOUNT_SCOPES.includes(c.check.scope));
  const places = (c: Selected) => (c.check.scope === "account" ? ["global"] : base.regions);
  try {
    if (base.deadline?.passed) throw new CannotEvaluate("error", base.deadline.reason);
    await credentialsFor(account.id);
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause ?? err;
    const reason = base.deadline?.passed ? base.deadline.reason : `cannot assume arn:aws:iam::${account.id}:role/${roleName}: ${classifyError(cause, "sts:AssumeRole").reason}`;
    scanned.status = "failed";
    scanned.error = reason;
    const findings = perAccount.flatMap((c) => places(c).map((region) => finding(c.meta, account.id, region, { status: "error", detail: reason }, ["sts:AssumeRole"])));
    return { account: scanned, findings };
  }
  const findings = await Promise.all(perAccount.flatMap((c) => places(c).map((region) => runCheck(c.check, c.meta, { ...base, accountId: account.id, region }))));
  return { account: scanned, findings };
}

async function runCheck(check: Check, meta: CheckMeta, where: Base & { accountId: string; region: string }): Promise<Finding> {
  const calls = new Set<string>();
  const record = (g: Got<unknown>) => g.calls.forEach((c) => calls.add(c));
  const ctx: CheckContext = {
    accountId: where.accountId,
    region: where.region,
    homeRegion: where.homeRegion,
    regions: where.regions,
    now: where.now,
    org: where.org,
    data: (service, region, accountId) => where.data(service, accountId ?? where.accountId, region ?? (where.region === "global" ? where.homeRegion : where.region)),
    need: (g) => {
      record(g);
      if (!g.ok) throw new CannotEvaluate(g.status, g.reason);
      return g.value;
    },
    read: record,
  };
  let outcome: Outcome;
  try {
    const { deadline } = where;
    if (deadline?.passed) throw new CannotEvaluate("error", deadline.reason);
    outcome = await (deadline ? Promise.race([check.run(ctx), deadline.reached]) : check.run(ctx));
  } catch (err) {
    outcome = err instanceof CannotEvaluate ? { status: err.status, detail: err.reason } : { status: "error", detail: `check ${check.id} failed: ${(err as Error).message}` };
  }
  // A pass must name what it evaluated; one that names nothing may be a pass over a list that was never read.
  if (outcome.status === "pass" && !(outcome.resources ?? []).some(Boolean))
    outcome = { status: "error", detail: `check ${check.id} returned a pass without evaluated resources (${outcome.detail})` };
  return finding(meta, where.accountId, where.region, outcome, calls.size ? [...calls] : meta.calls);
}

function finding(meta: CheckMeta, accountId: string, region: string, o: Outcome, calls: string[]): Finding {
  return {
    id: `${meta.id}/${accountId}/${region}`,
    checkId: meta.id,
    pillar: meta.pillar,
    capability: meta.capability,
    severity: meta.severity,
    accountId,
    region,
    status: o.status,
    resources: (o.resources ?? []).filter(Boolean),
    detail: o.detail,
    calls,
    remediation: meta.remediation,
  };
}

/** Service data for an account whose credentials could not be obtained: every piece says why. */
function unreachable(service: ServiceName, err: unknown): unknown {
  const cause = (err as { cause?: unknown }).cause ?? err;
  const problem = classifyError(cause, "sts:AssumeRole");
  return new Proxy({}, { get: (_t, prop) => (typeof prop === "string" && prop !== "then" ? ({ ok: false, calls: ["sts:AssumeRole"], ...problem } satisfies Got<never>) : undefined) });
}

/** Regions of the caller's partition that are enabled (opted in or not requiring opt-in). */
async function enabledRegions(caller: ClientFactory, callerArn: string): Promise<string[]> {
  const partition = callerArn.split(":")[1] ?? "aws";
  const inPartition = (name: string) => (partition === "aws-cn" ? name.startsWith("cn-") : partition === "aws-us-gov" ? name.startsWith("us-gov-") : !/^(cn-|us-gov-|us-iso)/.test(name));
  try {
    const ec2 = caller.get("ec2", EC2Client);
    const r = await ec2.send(new DescribeRegionsCommand({}));
    const names = (r.Regions ?? []).filter((x) => x.OptInStatus !== "not-opted-in" && x.RegionName && inPartition(x.RegionName)).map((x) => x.RegionName!);
    if (!names.length) throw new Error("no regions returned");
    return names.sort();
  } catch (err) {
    throw new ScanFailure(`cannot list the enabled regions (ec2:DescribeRegions): ${classifyError(err, "ec2:DescribeRegions").reason}; pass --regions`);
  }
}
