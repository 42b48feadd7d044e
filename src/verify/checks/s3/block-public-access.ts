import type { PublicAccessBlockConfiguration } from "@aws-sdk/client-s3";

/** All four switches on: the only setting that blocks public ACLs and policies, old and new. */
export const blocksAll = (c: PublicAccessBlockConfiguration | null | undefined) =>
  !!c && c.BlockPublicAcls === true && c.IgnorePublicAcls === true && c.BlockPublicPolicy === true && c.RestrictPublicBuckets === true;

export function missingSwitches(c: PublicAccessBlockConfiguration | null | undefined): string[] {
  const keys = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"] as const;
  return keys.filter((k) => c?.[k] !== true);
}
