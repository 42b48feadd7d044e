import { UserError } from "../errors.js";
import type { Evidence, Finding, ScannedAccount } from "../model/evidence.js";

/**
 * Combines shard outputs of one organization into one evidence file. Every file must come from
 * the same organization (or, outside one, the same caller account). A finding or account seen in
 * two files (overlapping shards, a re-run) keeps its most informative copy: a scanned account
 * beats a failed one, an evaluated finding (pass/fail) beats unknown/error, then the newer file.
 */
export function mergeEvidence(parts: { file: string; evidence: Evidence }[]): Evidence {
  if (!parts.length) throw new UserError("verify merge: name at least one evidence file, e.g. verify merge shard-1.json shard-2.json");
  const key = (e: Evidence) => (e.organization ? `organization ${e.organization.id}` : `account ${e.caller.accountId} (no organization)`);
  const first = parts[0]!;
  const mismatched = parts.filter((p) => key(p.evidence) !== key(first.evidence));
  if (mismatched.length)
    throw new UserError(`verify merge: the files describe different organizations`, [`${first.file}: ${key(first.evidence)}`, ...mismatched.map((p) => `${p.file}: ${key(p.evidence)}`)]);

  const ordered = [...parts].sort((a, b) => a.evidence.generatedAt.localeCompare(b.evidence.generatedAt));
  const accounts = new Map<string, ScannedAccount>();
  const findings = new Map<string, Finding>();
  const evaluated = (f: Finding) => f.status === "pass" || f.status === "fail";
  for (const { evidence } of ordered) {
    for (const a of evidence.accounts) {
      const had = accounts.get(a.id);
      if (!had || !(had.status === "scanned" && a.status !== "scanned")) accounts.set(a.id, a);
    }
    for (const f of evidence.findings) {
      const had = findings.get(f.id);
      if (!had || !(evaluated(had) && !evaluated(f))) findings.set(f.id, f);
    }
  }
  const latest = ordered[ordered.length - 1]!.evidence;
  const incomplete = [...new Set(parts.flatMap((p) => p.evidence.incomplete ?? [])), ...missingShards(parts.map((p) => p.evidence))];
  return {
    schemaVersion: 1,
    tool: latest.tool,
    generatedAt: latest.generatedAt,
    caller: latest.caller,
    organization: latest.organization,
    regions: [...new Set(parts.flatMap((p) => p.evidence.regions))].sort(),
    accounts: [...accounts.values()].sort((a, b) => a.id.localeCompare(b.id)),
    findings: [...findings.values()].sort((a, b) => a.checkId.localeCompare(b.checkId) || a.accountId.localeCompare(b.accountId) || a.region.localeCompare(b.region)),
    ...(incomplete.length ? { incomplete } : {}),
  };
}

/** Shards of a sharded scan that no file covers: without them the merged evidence is not the whole organization. */
function missingShards(parts: Evidence[]): string[] {
  const sharded = parts.filter((e) => e.shard);
  if (!sharded.length) return [];
  const counts = new Set(sharded.map((e) => e.shard!.count));
  if (counts.size > 1 || sharded.length < parts.length) return [`the files come from different splits of the accounts (${[...counts].map((n) => `${n} shards`).join(", ")}${sharded.length < parts.length ? ", and unsharded" : ""}); merge the shards of one run`];
  const count = [...counts][0]!;
  const present = new Set(sharded.map((e) => e.shard!.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !present.has(i));
  return missing.length ? [`shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")} of ${count} missing: the accounts in ${missing.length > 1 ? "them" : "it"} were not scanned`] : [];
}
