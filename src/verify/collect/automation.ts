// Collectors for the automation pillar's services: CloudFormation stacks (drift) and StackSets.
import { CloudFormationClient, ListStackSetsCommand, ListStacksCommand, type StackSetSummary, type StackStatus, type StackSummary } from "@aws-sdk/client-cloudformation";
import type { ClientFactory } from "../aws/clients.js";
import { all, call, got } from "./fetch.js";

/** Stacks in a settled state: the ones drift detection can run on (a failed or in-progress stack cannot be checked). */
const SETTLED: StackStatus[] = ["CREATE_COMPLETE", "UPDATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE", "IMPORT_COMPLETE", "IMPORT_ROLLBACK_COMPLETE"];

/** The region's stacks; each summary carries its last drift detection result, so no call per stack. */
export async function collectCloudFormation(clients: ClientFactory) {
  const cfn = clients.get("cloudformation", CloudFormationClient);
  const stacks = await got(["cloudformation:ListStacks"], async (): Promise<StackSummary[]> =>
    (
      await all(async (NextToken) => {
        const r = await call("cloudformation:ListStacks", () => cfn.send(new ListStacksCommand({ NextToken, StackStatusFilter: SETTLED })));
        return { items: r.StackSummaries, next: r.NextToken };
      })
    ).filter((s) => !s.ParentId), // nested stacks are checked through their root stack
  );
  return { stacks };
}

/** StackSets administered from this account: an org-level answer, read only where the org checks look. */
export async function collectStackSets(clients: ClientFactory, callAs: "SELF" | "DELEGATED_ADMIN" = "SELF") {
  const cfn = clients.get("cloudformation", CloudFormationClient);
  const stackSets = await got(["cloudformation:ListStackSets"], async (): Promise<StackSetSummary[]> =>
    all(async (NextToken) => {
      const r = await call("cloudformation:ListStackSets", () => cfn.send(new ListStackSetsCommand({ NextToken, Status: "ACTIVE", CallAs: callAs })));
      return { items: r.Summaries, next: r.NextToken };
    }),
  );
  return { stackSets };
}
