import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { adminAccounts, requireOrganization } from "../org/require-org.js";

/**
 * Service-managed StackSets deploy one template to OUs (and, with automatic deployment, to every new
 * account in them): account baselines kept as code. Read in the management account and
 * CloudFormation's delegated administrators.
 */
export default defineCheck({
  id: "cloudformation.org-stacksets",
  scope: "org-region",
  async run(c) {
    const found = requireOrganization(c.org, "no StackSet can deploy to its accounts");
    if ("outcome" in found) return found.outcome;
    const o = found.organization;
    if (!c.org.problem && !c.org.accounts.some((a) => a.status === "ACTIVE" && a.id !== o.managementAccountId)) return notApplicable(`Organization ${o.id} has no active member accounts to deploy baselines to`);
    const sets: { name: string; arn: string; auto: boolean }[] = [];
    let selfManaged = 0;
    let problem: { status: "unknown" | "error"; reason: string } | null = null;
    for (const { accountId, delegated } of adminAccounts(c.org, "member.org.stacksets.cloudformation.amazonaws.com")) {
      const got = (await c.data(delegated ? "stackSetsAsAdmin" : "stackSets", c.region, accountId)).stackSets;
      c.read(got);
      if (!got.ok) {
        problem ??= got;
        continue;
      }
      for (const s of got.value) {
        if (s.PermissionModel === "SERVICE_MANAGED") sets.push({ name: s.StackSetName ?? "", arn: s.StackSetId ? `arn:aws:cloudformation:${c.region}:${accountId}:stackset/${s.StackSetId}` : "", auto: !!s.AutoDeployment?.Enabled });
        else selfManaged++;
      }
    }
    if (sets.length) {
      const auto = sets.filter((s) => s.auto);
      return pass(`${count(sets.length, "service-managed StackSet")} in ${c.region} deploy${sets.length === 1 ? "s" : ""} baselines to organization ${o.id}'s accounts: ${few(sets.map((s) => s.name))}${auto.length ? ` (${auto.length} to new accounts automatically)` : " (none to new accounts automatically)"}`, sets.map((s) => s.arn));
    }
    if (problem) return { status: problem.status, detail: `StackSets in ${c.region} could not be listed: ${problem.reason}` };
    return fail(`No service-managed StackSet in ${c.region} deploys a baseline across organization ${o.id}${selfManaged ? ` (${count(selfManaged, "self-managed StackSet")} only)` : ""}`);
  },
});
