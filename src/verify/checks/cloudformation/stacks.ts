import type { StackSummary } from "@aws-sdk/client-cloudformation";
import type { Outcome } from "../../types.js";
import { type CheckContext, notApplicable } from "../define.js";

export const stackName = (s: StackSummary) => s.StackName ?? s.StackId ?? "";
export const driftOf = (s: StackSummary) => s.DriftInformation?.StackDriftStatus ?? "NOT_CHECKED";

/** The region's stacks, or not-applicable when there are none (Terraform-only and empty accounts). */
export async function stacksIn(c: CheckContext): Promise<{ stacks: StackSummary[] } | { outcome: Outcome }> {
  const stacks = c.need((await c.data("cloudformation", c.region)).stacks);
  if (!stacks.length) return { outcome: notApplicable(`No CloudFormation stacks in ${c.accountId} ${c.region}`) };
  return { stacks };
}
