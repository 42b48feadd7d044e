import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { DATA_STORES, nothingToProtect } from "../subjects.js";

export default defineCheck({
  id: "backup.plans",
  scope: "region",
  async run(c) {
    // Plans select resources; with none in the region a plan backs up nothing, so the plans are not read.
    const none = await nothingToProtect(c, DATA_STORES, "nothing to back up here (EFS and FSx are not read)");
    if (none) return notApplicable(none);
    const plans = c.need((await c.data("backupPlans", c.region)).plans);
    const active = plans.filter((p) => p.selections > 0);
    if (active.length) return pass(`${count(active.length, "AWS Backup plan")} with resources assigned in ${c.region}: ${few(active.map((p) => p.name))}`, active.map((p) => p.arn));
    return fail(plans.length ? `The ${count(plans.length, "AWS Backup plan")} in ${c.accountId} ${c.region} ${plans.length === 1 ? "has" : "have"} no resources assigned: ${few(plans.map((p) => p.name))}` : `No AWS Backup plan in ${c.accountId} ${c.region}`, plans.map((p) => p.arn));
  },
});
