import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { unboundedAdmin } from "./admin-access.js";

/** An IAM user with administrator access is a long-lived credential that can do anything in the account. */
export default defineCheck({
  id: "iam.admin-users",
  scope: "account",
  async run(c) {
    const { users, policies } = c.need((await c.data("iam")).authorization);
    if (!users.length) return notApplicable(`No IAM users in ${c.accountId}`);
    const admins = users.map((u) => ({ u, grants: unboundedAdmin(u, policies) })).filter((a) => a.grants.length);
    if (!admins.length) return pass(`None of the ${count(users.length, "IAM user")} in ${c.accountId} has administrator access`, users.map((u) => u.arn));
    return fail(
      `${count(admins.length, "IAM user")} in ${c.accountId} ${admins.length === 1 ? "has" : "have"} full administrator access: ${few(admins.map((a) => `${a.u.name} (${few(a.grants.map((g) => g.via), 2)})`))}`,
      admins.map((a) => a.u.arn),
    );
  },
});
