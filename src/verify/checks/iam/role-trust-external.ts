import { conditionValues } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { awsManagedRole, trustedAccounts } from "./admin-access.js";

/**
 * Roles that accounts outside the organization may assume must demand sts:ExternalId, or the third
 * party can be tricked into using its access for someone else (the confused deputy).
 */
export default defineCheck({
  id: "iam.role-trust-external",
  scope: "account",
  async run(c) {
    if (c.org.problem) return { status: c.org.problem.status, detail: `The organization's accounts could not be read, so outside accounts cannot be told apart: ${c.org.problem.reason}` };
    const inside = new Set([c.accountId, ...c.org.accounts.map((a) => a.id)]);
    const roles = c.need((await c.data("iam")).authorization).roles.filter((r) => !awsManagedRole(r));
    const external = roles
      .map((r) => ({ r, statements: r.trust.filter((s) => s.Effect === "Allow" && trustedAccounts(s.Principal).some((a) => a !== "*" && /^\d{12}$/.test(a) && !inside.has(a))) }))
      .filter((x) => x.statements.length);
    if (!external.length) return notApplicable(`No IAM role in ${c.accountId} trusts an account outside the organization`);
    const unguarded = external.filter((x) => x.statements.some((s) => !conditionValues(s, "sts:ExternalId").length));
    if (!unguarded.length) return pass(`All ${count(external.length, "IAM role")} in ${c.accountId} trusted by outside accounts require an external id`, external.map((x) => x.r.arn));
    const outsiders = (x: (typeof unguarded)[number]) => [...new Set(x.statements.flatMap((s) => trustedAccounts(s.Principal)).filter((a) => /^\d{12}$/.test(a) && !inside.has(a)))];
    return fail(
      `${count(unguarded.length, "IAM role")} in ${c.accountId} ${unguarded.length === 1 ? "trusts" : "trust"} outside accounts without sts:ExternalId: ${few(unguarded.map((x) => `${x.r.name} (${few(outsiders(x), 2)})`))}`,
      unguarded.map((x) => x.r.arn),
    );
  },
});
