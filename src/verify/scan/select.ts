import { UserError } from "../../errors.js";
import type { OrgAccount } from "./organization.js";

export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard I/N` (1-based). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UserError(`--shard ${text}: expected I/N with 1 <= I <= N, e.g. --shard 2/4`);
  return { index, count };
}

/**
 * The accounts one run scans: active ones, narrowed by --accounts, then the shard's slice. Shards
 * take every N-th account of the id-sorted list, so N runners over the same org split it evenly
 * and disjointly, and their union is the whole org.
 */
export function selectAccounts(all: OrgAccount[], opts: { accounts?: string[]; shard?: Shard; orgListed: boolean }): OrgAccount[] {
  let chosen = all.filter((a) => a.status === "ACTIVE");
  if (opts.accounts?.length) {
    const known = new Map(all.map((a) => [a.id, a]));
    const unknown = opts.accounts.filter((id) => !known.has(id));
    if (unknown.length && opts.orgListed) throw new UserError(`--accounts: ${unknown.join(", ")} ${unknown.length === 1 ? "is not an account" : "are not accounts"} of this organization`);
    chosen = opts.accounts.map((id) => known.get(id) ?? { id, name: id, status: "ACTIVE", parents: [] });
  }
  chosen = [...new Map(chosen.map((a) => [a.id, a])).values()].sort((a, b) => a.id.localeCompare(b.id));
  if (opts.shard) chosen = chosen.filter((_, i) => i % opts.shard!.count === opts.shard!.index - 1);
  return chosen;
}

export function parseList(text: string | undefined, what: string, pattern: RegExp, example: string): string[] | undefined {
  if (text === undefined) return undefined;
  const items = text.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((s) => !pattern.test(s));
  if (!items.length || bad.length) throw new UserError(`--${what} ${text}: expected a comma-separated list such as ${example}${bad.length ? ` (not valid: ${bad.join(", ")})` : ""}`);
  return [...new Set(items)];
}
