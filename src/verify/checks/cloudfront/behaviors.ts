import type { DistributionSummary } from "@aws-sdk/client-cloudfront";
import type { Outcome } from "../../types.js";
import { type CheckContext, notApplicable } from "../define.js";

/** A distribution's default cache behavior and every path-specific one. */
export const behaviors = (d: DistributionSummary) => [...(d.DefaultCacheBehavior ? [d.DefaultCacheBehavior] : []), ...(d.CacheBehaviors?.Items ?? [])];

/**
 * AWS always returns these summary fields (WebACLId is "" when there is none); an answer without them
 * cannot be judged, and reading it as "no web ACL" or "HTTPS only" would be a guess.
 */
function unreadableSummary(distributions: DistributionSummary[]): Outcome | undefined {
  const partial = distributions.filter((d) => !d.DefaultCacheBehavior || !d.ViewerCertificate || d.WebACLId === undefined);
  if (!partial.length) return undefined;
  return { status: "unknown", detail: `cloudfront:ListDistributions answered without cache behaviors, certificate or web ACL for ${partial.map((d) => d.Id ?? "?").slice(0, 5).join(", ")}`, resources: [] };
}

/** The account's distributions for a check to judge, or the outcome when there is nothing (or nothing readable) to judge. */
export async function distributionsToJudge(c: CheckContext): Promise<DistributionSummary[] | Outcome> {
  const distributions = c.need((await c.data("cloudfront")).distributions);
  if (!distributions.length) return notApplicable(`No CloudFront distributions in ${c.accountId}`);
  return unreadableSummary(distributions) ?? distributions;
}
