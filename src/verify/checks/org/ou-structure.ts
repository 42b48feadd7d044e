import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { organizationArn, requireOrganization } from "./organization.js";

/** Accounts directly under the root miss every OU-level guardrail and baseline; a landing zone places each one in an OU. */
export default defineCheck({
  id: "org.ou-structure",
  scope: "org",
  async run(c) {
    const found = requireOrganization(c.org, "its accounts are not organized in OUs");
    if ("outcome" in found) return found.outcome;
    const o = found.organization;
    if (c.org.problem) return { status: c.org.problem.status, detail: `The member accounts of ${o.id} could not be listed: ${c.org.problem.reason}` };
    const members = c.org.accounts.filter((a) => a.status === "ACTIVE" && a.id !== o.managementAccountId);
    if (!members.length) return notApplicable(`Organization ${o.id} has no active member accounts to place in OUs`);
    // parents runs from the account's OU up to the root: one entry means the root itself.
    const atRoot = members.filter((a) => a.parents.length < 2);
    const arn = (id: string) => `arn:aws:organizations::${o.managementAccountId}:account/${o.id}/${id}`;
    if (atRoot.length) return fail(`${count(atRoot.length, "member account")} of organization ${o.id} sit${atRoot.length === 1 ? "s" : ""} directly under the root, outside every OU: ${few(atRoot.map((a) => `${a.id} (${a.name})`))}`, atRoot.map((a) => arn(a.id)));
    const ous = [...new Set(members.map((a) => a.ou ?? ""))].filter(Boolean);
    return pass(`All ${count(members.length, "member account")} of organization ${o.id} sit in OUs: ${few(ous)}`, [organizationArn(o), ...members.map((a) => arn(a.id))]);
  },
});
