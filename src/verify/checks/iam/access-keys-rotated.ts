import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { daysBetween, isTrue, reportDate, ROOT_USER } from "./credential-report.js";

/** CIS AWS Foundations 1.14: rotate access keys every 90 days; keys unused that long should be removed. */
const MAX_AGE_DAYS = 90;

export default defineCheck({
  id: "iam.access-keys-rotated",
  scope: "account",
  async run(c) {
    const rows = c.need((await c.data("iam")).credentialReport).filter((r) => r.user !== ROOT_USER);
    const stale: string[] = [];
    const arns = new Set<string>();
    for (const r of rows) {
      for (const n of [1, 2]) {
        if (!isTrue(r[`access_key_${n}_active`])) continue;
        const rotated = reportDate(r[`access_key_${n}_last_rotated`]);
        const used = reportDate(r[`access_key_${n}_last_used_date`]) ?? rotated;
        const age = rotated ? daysBetween(rotated, c.now) : Infinity;
        const idle = used ? daysBetween(used, c.now) : Infinity;
        if (age > MAX_AGE_DAYS || idle > MAX_AGE_DAYS) {
          stale.push(`${r.user} key ${n} (${age > MAX_AGE_DAYS ? `not rotated for ${age} days` : `unused for ${idle} days`})`);
          arns.add(r.arn ?? "");
        }
      }
    }
    const holders = rows.filter((r) => isTrue(r.access_key_1_active) || isTrue(r.access_key_2_active));
    if (!holders.length) return notApplicable(`No IAM user in ${c.accountId} has an active access key`);
    if (!stale.length) return pass(`No active IAM access key in ${c.accountId} is older than ${MAX_AGE_DAYS} days or unused that long`, holders.map((r) => r.arn ?? ""));
    return fail(`${count(stale.length, "active access key")} in ${c.accountId} ${stale.length === 1 ? "is" : "are"} stale: ${few(stale, 3)}`, [...arns]);
  },
});
