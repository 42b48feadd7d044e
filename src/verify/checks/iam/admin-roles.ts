import type { IamRole } from "../../collect/iam.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import type { CheckContext } from "../define.js";
import { awsManagedRole, trustedAccounts, unboundedAdmin } from "./admin-access.js";

/**
 * The organization's own access role (OrganizationAccountAccessRole, AWSControlTowerExecution) is the
 * normal shape: administrator access that only the management account can assume.
 */
function managementAccessRole(r: IamRole, c: CheckContext): boolean {
  const management = c.org.organization?.managementAccountId;
  if (!management || c.accountId === management) return false;
  const allows = r.trust.filter((s) => s.Effect === "Allow");
  return allows.length > 0 && allows.every((s) => { const accounts = trustedAccounts(s.Principal); return accounts.length > 0 && accounts.every((a) => a === management); });
}

export default defineCheck({
  id: "iam.admin-roles",
  scope: "account",
  async run(c) {
    const roles = c.need((await c.data("iam")).authorization).roles.filter((r) => !awsManagedRole(r) && !managementAccessRole(r, c));
    if (!roles.length) return notApplicable(`No IAM roles in ${c.accountId} besides AWS-managed ones and the management account's access role`);
    const admins = roles.map((r) => ({ r, grants: unboundedAdmin(r) })).filter((a) => a.grants.length);
    if (!admins.length) return pass(`None of the ${count(roles.length, "IAM role")} in ${c.accountId} has unbounded administrator access`, roles.map((r) => r.arn));
    return fail(
      `${count(admins.length, "IAM role")} in ${c.accountId} ${admins.length === 1 ? "has" : "have"} full administrator access: ${few(admins.map((a) => `${a.r.name} (${few(a.grants.map((g) => g.via), 2)})`))}`,
      admins.map((a) => a.r.arn),
    );
  },
});
