import type { DistributionSummary } from "@aws-sdk/client-cloudfront";
import type { Outcome } from "../../types.js";

/** A distribution's default cache behavior and every path-specific one. */
export const behaviors = (d: DistributionSummary) => [...(d.DefaultCacheBehavior ? [d.DefaultCacheBehavior] : []), ...(d.CacheBehaviors?.Items ?? [])];

/**
 * AWS always returns these summary fields (WebACLId is "" when there is none); an answer without them
 * cannot be judged, and reading it as "no web ACL" or "HTTPS only" would be a guess.
 */
export function unreadableSummary(distributions: DistributionSummary[]): Outcome | undefined {
  const partial = distributions.filter((d) => !d.DefaultCacheBehavior || !d.ViewerCertificate || d.WebACLId === undefined);
  if (!partial.length) return undefined;
  return { status: "unknown", detail: `cloudfront:ListDistributions answered without cache behaviors, certificate or web ACL for ${partial.map((d) => d.Id ?? "?").slice(0, 5).join(", ")}`, resources: [] };
}
