import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { readInAdmins, requireOrganization } from "../org/organization.js";

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
    const { items, problem } = await readInAdmins(c, "member.org.stacksets.cloudformation.amazonaws.com", [c.region], async (accountId, region, delegated) => (await c.data(delegated ? "stackSetsAsAdmin" : "stackSets", region, accountId)).stackSets);
    const sets = items.filter((s) => s.item.PermissionModel === "SERVICE_MANAGED");
    const selfManaged = items.length - sets.length;
    if (sets.length) {
      const auto = sets.filter((s) => s.item.AutoDeployment?.Enabled).length;
      return pass(
        `${count(sets.length, "service-managed StackSet")} in ${c.region} deploy${sets.length === 1 ? "s" : ""} baselines to organization ${o.id}'s accounts: ${few(sets.map((s) => s.item.StackSetName ?? ""))} (${auto ? `${auto} to new accounts automatically` : "none to new accounts automatically"})`,
        sets.map((s) => `arn:aws:cloudformation:${c.region}:${s.accountId}:stackset/${s.item.StackSetId}`),
      );
    }
    if (problem) return { status: problem.status, detail: `StackSets in ${c.region} could not be listed: ${problem.reason}` };
    return fail(`No service-managed StackSet in ${c.region} deploys a baseline across organization ${o.id}${selfManaged ? ` (${count(selfManaged, "self-managed StackSet")} only)` : ""}`);
  },
});
