import type { Instance } from "@aws-sdk/client-ec2";
import type { CheckContext } from "../define.js";

/** Running EC2 instances of the check's region: the ones Systems Manager should manage and patch. */
export async function runningInstances(c: CheckContext): Promise<Instance[]> {
  return c.need((await c.data("ec2", c.region)).instances).filter((i) => i.State?.Name === "running");
}

export const instanceArn = (c: CheckContext, id: string | undefined) => `arn:aws:ec2:${c.region}:${c.accountId}:instance/${id}`;
