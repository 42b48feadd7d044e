import type { Got } from "../types.js";
import type { CheckContext } from "./define.js";

/**
 * What a region's protective controls protect, read from lists other checks read anyway, so asking
 * costs no request. A control with nothing to protect in a place is not-applicable there: an empty
 * account neither confirms nor contradicts an answer, and the control's own service is not asked.
 */
const SUBJECTS = {
  "EC2 instances": async (c, region) => present(c, (await c.data("ec2", region)).instances),
  "load balancers": async (c, region) => present(c, (await c.data("elbv2", region)).loadBalancers),
  "internet-facing load balancers": async (c, region) => present(c, (await c.data("elbv2", region)).loadBalancers, (lb) => lb.internetFacing),
  "EKS clusters": async (c, region) => present(c, (await c.data("eks", region)).clusters),
  "ECS task definitions": async (c, region) => present(c, (await c.data("ecs", region)).taskDefinitions),
  "Lambda functions": async (c, region) => present(c, (await c.data("lambda", region)).functions),
  "ECR repositories": async (c, region) => present(c, (await c.data("ecr", region)).repositories),
  "RDS databases": async (c, region) => {
    const rds = await c.data("rds", region);
    const held = [present(c, rds.instances), present(c, rds.clusters)];
    return held.includes(true) ? true : held.includes(undefined) ? undefined : false;
  },
  "DynamoDB tables": async (c, region) => present(c, (await c.data("dynamodb", region)).tables),
  "EBS volumes": async (c, region) => present(c, (await c.data("ebs", region)).volumes),
  // Buckets and distributions are listed once per account; a bucket whose region is not reported counts everywhere.
  "S3 buckets": async (c, region) => present(c, (await c.data("s3", c.homeRegion)).buckets, (b) => !b.region || b.region === region),
  "CloudFront distributions": async (c) => present(c, (await c.data("cloudfront", c.homeRegion)).distributions),
} satisfies Record<string, (c: CheckContext, region: string) => Promise<boolean | undefined>>;

export type Subject = keyof typeof SUBJECTS;

/** Traffic between workloads: what a private CA authenticates and a network firewall inspects. */
export const NETWORKED: Subject[] = ["EC2 instances", "load balancers", "EKS clusters", "ECS task definitions"];
/** Where data rests: what backup plans and customer managed keys protect. */
export const DATA_STORES: Subject[] = ["RDS databases", "DynamoDB tables", "EBS volumes", "S3 buckets"];

/** Whether the list holds a matching item; undefined when it could not be read. */
function present<T>(c: CheckContext, got: Got<T[]>, matches: (item: T) => boolean = () => true): boolean | undefined {
  // The finding cites the list itself: a collector's first call, before the per-item reads.
  c.read({ ...got, calls: got.calls.slice(0, 1) });
  return got.ok ? got.value.some(matches) : undefined;
}

/**
 * A not-applicable detail when the check's region (an account check: every scanned region) holds none
 * of the subjects, else undefined. A list that could not be read counts as holding some: without it
 * there is no telling the place is empty.
 */
export async function nothingToProtect(c: CheckContext, kinds: Subject[], why: string): Promise<string | undefined> {
  const regions = c.region === "global" ? c.regions : [c.region];
  const found = await Promise.all(regions.flatMap((region) => kinds.map((kind) => SUBJECTS[kind](c, region))));
  if (found.some((held) => held !== false)) return undefined;
  return `No ${orList(kinds)} in ${c.accountId} ${regions.join(", ")}: ${why}`;
}

const orList = (words: string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`);
