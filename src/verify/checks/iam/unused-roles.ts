import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { daysBetween } from "./credential-report.js";
import { awsManagedRole, managementAccessRole } from "./admin-access.js";

/** Roles nobody assumed for this long are standing access nobody needs (the unused access analyzer's default too). */
const MAX_IDLE_DAYS = 90;

export default defineCheck({
  id: "iam.unused-roles",
  scope: "account",
  async run(c) {
    const roles = c.need((await c.data("iam")).authorization).roles.filter((r) => !awsManagedRole(r) && !managementAccessRole(r, c));
    if (!roles.length) return notApplicable(`No IAM roles in ${c.accountId} besides AWS-managed ones and the management account's access role`);
    const idle = roles.flatMap((r) => {
      const since = r.lastUsed ?? r.created;
      const days = since ? daysBetween(since, c.now) : Infinity;
      return days > MAX_IDLE_DAYS ? [{ r, why: r.lastUsed ? `unused for ${days} days` : "never used" }] : [];
    });
    if (!idle.length) return pass(`All ${count(roles.length, "IAM role")} in ${c.accountId} were used (or created) within ${MAX_IDLE_DAYS} days`, roles.map((r) => r.arn));
    return fail(`${count(idle.length, "IAM role")} in ${c.accountId} ${idle.length === 1 ? "was" : "were"} not assumed for over ${MAX_IDLE_DAYS} days: ${few(idle.map((i) => `${i.r.name} (${i.why})`))}`, idle.map((i) => i.r.arn));
  },
});
