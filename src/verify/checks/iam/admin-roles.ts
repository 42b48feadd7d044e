import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { awsManagedRole, managementAccessRole, unboundedAdmin } from "./admin-access.js";

export default defineCheck({
  id: "iam.admin-roles",
  scope: "account",
  async run(c) {
    const authorization = c.need((await c.data("iam")).authorization);
    const roles = authorization.roles.filter((r) => !awsManagedRole(r) && !managementAccessRole(r, c));
    if (!roles.length) return notApplicable(`No IAM roles in ${c.accountId} besides AWS-managed ones and the management account's access role`);
    const admins = roles.map((r) => ({ r, grants: unboundedAdmin(r, authorization.policies) })).filter((a) => a.grants.length);
    if (!admins.length) return pass(`None of the ${count(roles.length, "IAM role")} in ${c.accountId} has unbounded administrator access`, roles.map((r) => r.arn));
    return fail(
      `${count(admins.length, "IAM role")} in ${c.accountId} ${admins.length === 1 ? "has" : "have"} full administrator access: ${few(admins.map((a) => `${a.r.name} (${few(a.grants.map((g) => g.via), 2)})`))}`,
      admins.map((a) => a.r.arn),
    );
  },
});
