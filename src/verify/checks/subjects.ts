import type { Got } from "../types.js";
import type { CheckContext } from "./define.js";

/**
 * What a region's protective controls protect, read from lists other checks read anyway, so asking
 * costs no request. A control with nothing to protect in a place is not-applicable there: an empty
 * account neither confirms nor contradicts an answer, and the control's own service is not asked.
 */
const SUBJECTS = {
  "EC2 instances": async (c) => present(c, (await c.data("ec2", c.region)).instances),
  "load balancers": async (c) => present(c, (await c.data("elbv2", c.region)).loadBalancers),
  "internet-facing load balancers": async (c) => present(c, (await c.data("elbv2", c.region)).loadBalancers, (lb) => lb.internetFacing),
  "EKS clusters": async (c) => present(c, (await c.data("eks", c.region)).clusters),
  "ECS task definitions": async (c) => present(c, (await c.data("ecs", c.region)).taskDefinitions),
  "Lambda functions": async (c) => present(c, (await c.data("lambda", c.region)).functions),
  "ECR repositories": async (c) => present(c, (await c.data("ecr", c.region)).repositories),
  "RDS databases": async (c) => {
    const rds = await c.data("rds", c.region);
    const held = [present(c, rds.instances), present(c, rds.clusters)];
    return held.includes(true) ? true : held.includes(undefined) ? undefined : false;
  },
  "DynamoDB tables": async (c) => present(c, (await c.data("dynamodb", c.region)).tables),
  "EBS volumes": async (c) => present(c, (await c.data("ebs", c.region)).volumes),
  // Buckets are listed once per account, each with its region; one whose region is not reported counts everywhere.
  "S3 buckets": async (c) => present(c, (await c.data("s3", c.homeRegion)).buckets, (b) => !b.region || b.region === c.region),
} satisfies Record<string, (c: CheckContext) => Promise<boolean | undefined>>;

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
 * A not-applicable detail when the place holds none of the subjects, else undefined. A list that could
 * not be read counts as holding some: without it there is no telling the place is empty.
 */
export async function nothingToProtect(c: CheckContext, kinds: Subject[], why: string): Promise<string | undefined> {
  const found = await Promise.all(kinds.map((kind) => SUBJECTS[kind](c)));
  if (found.some((held) => held !== false)) return undefined;
  return `No ${orList(kinds)} in ${c.accountId} ${c.region}: ${why}`;
}

const orList = (words: string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`);
