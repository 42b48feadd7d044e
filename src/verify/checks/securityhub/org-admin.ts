import { defineCheck, fail, few, pass } from "../define.js";
import { requireOrganization } from "../org/organization.js";

/** Read from Organizations' delegated administrators (Security Hub's own list is the same registration). */
export default defineCheck({
  id: "securityhub.org-admin",
  scope: "org",
  async run(c) {
    const found = requireOrganization(c.org, "Security Hub cannot be administered for an organization");
    if ("outcome" in found) return found.outcome;
    const admins = c.need(c.org.delegatedAdmins).filter((a) => a.services.includes("securityhub.amazonaws.com"));
    if (admins.length) return pass(`Security Hub is administered for organization ${found.organization.id} by ${few(admins.map((a) => `${a.accountId} (${a.name})`))}`, admins.map((a) => a.accountId));
    return fail(`Security Hub has no delegated administrator in organization ${found.organization.id}: findings are not gathered centrally`);
  },
});
