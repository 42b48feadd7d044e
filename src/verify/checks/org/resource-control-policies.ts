import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { requireOrganization } from "./organization.js";

export default defineCheck({
  id: "org.resource-control-policies",
  scope: "org",
  async run(c) {
    const found = requireOrganization(c.org, "resource control policies need an organization");
    if ("outcome" in found) return found.outcome;
    const o = found.organization;
    if (c.org.problem) return { status: c.org.problem.status, detail: `The member accounts of ${o.id} could not be listed: ${c.org.problem.reason}` };
    // Like SCPs, RCPs never apply to the management account.
    const members = c.org.accounts.filter((a) => a.status === "ACTIVE" && a.id !== o.managementAccountId);
    if (!members.length) return notApplicable(`Organization ${o.id} has no active member accounts for a resource control policy to apply to`);
    // RCPFullAWSAccess (attached everywhere once RCPs are enabled) allows everything: only a Deny restricts.
    const restricting = c.need(c.org.rcps).filter((p) => p.targets.length && p.statements.some((s) => s.Effect === "Deny"));
    if (restricting.length)
      return pass(`${count(restricting.length, "resource control policy", "resource control policies")} restrict${restricting.length === 1 ? "s" : ""} access to resources of organization ${o.id}: ${few(restricting.map((p) => p.name))}`, restricting.map((p) => `arn:aws:organizations::${o.managementAccountId}:policy/${o.id}/resource_control_policy/${p.id}`));
    return fail(`No resource control policy with a Deny is attached in organization ${o.id}: resources rely on their own policies alone to keep identities outside the organization out`);
  },
});
