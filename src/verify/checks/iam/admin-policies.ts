import { isAdminGrant } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "iam.admin-policies",
  scope: "account",
  async run(c) {
    const policies = c.need((await c.data("iam")).localPolicies);
    const admin = policies.filter((p) => p.statements.some(isAdminGrant));
    if (!policies.length) return notApplicable(`No attached customer managed policies in ${c.accountId}`);
    if (!admin.length) return pass(`None of the ${count(policies.length, "attached customer managed policy", "attached customer managed policies")} in ${c.accountId} grants "*" on "*"`, policies.map((p) => p.arn));
    return fail(`${count(admin.length, "attached customer managed policy", "attached customer managed policies")} in ${c.accountId} ${admin.length === 1 ? "grants" : "grant"} full admin ("*" on "*"): ${few(admin.map((p) => p.name))}`, admin.map((p) => p.arn));
  },
});
