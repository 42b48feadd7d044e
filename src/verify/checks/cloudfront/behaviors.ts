import type { DistributionSummary } from "@aws-sdk/client-cloudfront";

/** A distribution's default cache behavior and every path-specific one. */
export const behaviors = (d: DistributionSummary) => [...(d.DefaultCacheBehavior ? [d.DefaultCacheBehavior] : []), ...(d.CacheBehaviors?.Items ?? [])];
