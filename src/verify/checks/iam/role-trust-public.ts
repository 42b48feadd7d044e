import { isPublicStatement } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { awsManagedRole } from "./admin-access.js";

/** A trust policy with Principal "*" and no condition naming the organization, account or principal lets any AWS identity assume the role. */
export default defineCheck({
  id: "iam.role-trust-public",
  scope: "account",
  async run(c) {
    const roles = c.need((await c.data("iam")).authorization).roles.filter((r) => !awsManagedRole(r));
    if (!roles.length) return notApplicable(`No customer IAM roles in ${c.accountId}`);
    const open = roles.filter((r) => r.trust.some(isPublicStatement));
    if (!open.length) return pass(`None of the ${count(roles.length, "IAM role")} in ${c.accountId} can be assumed by any AWS principal`, roles.map((r) => r.arn));
    return fail(`${count(open.length, "IAM role")} in ${c.accountId} ${open.length === 1 ? "trusts" : "trust"} any AWS principal ("*" without a narrowing condition): ${few(open.map((r) => r.name))}`, open.map((r) => r.arn));
  },
});
