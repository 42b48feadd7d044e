import type { Instance } from "@aws-sdk/client-ec2";
import { ACCOUNT, type FakeData, ok } from "./fake-context.js";

/**
 * The lists a region's protective controls look at before deciding there is nothing to protect
 * (src/verify/checks/subjects.ts): all empty, so a row can add just what it needs.
 */
const EMPTY: FakeData = {
  ec2: { instances: ok([]) },
  elbv2: { loadBalancers: ok([]) },
  eks: { clusters: ok([]) },
  ecs: { taskDefinitions: ok([]) },
  lambda: { functions: ok([]) },
  ecr: { repositories: ok([]) },
  rds: { instances: ok([]), clusters: ok([]) },
  dynamodb: { tables: ok([]) },
  ebs: { volumes: ok([]) },
  s3: { buckets: ok([]) },
};

/** An empty place with the given service data laid over it, piece by piece. */
export function place(...layers: FakeData[]): FakeData {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const layer of [EMPTY, ...layers]) for (const [service, pieces] of Object.entries(layer)) merged[service] = { ...merged[service], ...pieces };
  return merged as FakeData;
}

/** One thing of each kind, in eu-west-1 of the test account. */
export const HOLDING = {
  instance: { ec2: { instances: ok([{ InstanceId: "i-1", State: { Name: "running" } } as Instance]) } },
  internetFacingLoadBalancer: { elbv2: { loadBalancers: ok([{ arn: `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/app/web/1`, name: "web", type: "application", internetFacing: true, listeners: [], webAcl: null }]) } },
  internalLoadBalancer: { elbv2: { loadBalancers: ok([{ arn: `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/app/api/2`, name: "api", type: "application", internetFacing: false, listeners: [], webAcl: null }]) } },
  lambdaFunction: { lambda: { functions: ok([{ name: "f", arn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:f`, runtime: "nodejs22.x", policy: [] }]) } },
  volume: { ebs: { volumes: ok([{ VolumeId: "vol-1", Encrypted: true }]) } },
  bucketHere: { s3: { buckets: ok([{ name: "data", region: "eu-west-1", publicAccessBlock: null, encryption: null, policy: [] }]) } },
  bucketElsewhere: { s3: { buckets: ok([{ name: "far", region: "eu-central-1", publicAccessBlock: null, encryption: null, policy: [] }]) } },
} satisfies Record<string, FakeData>;
