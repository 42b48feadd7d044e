import { count, defineCheck, fail, few, pass } from "../define.js";

export default defineCheck({
  id: "backup.plans",
  scope: "region",
  async run(c) {
    const plans = c.need((await c.data("backup", c.region)).plans);
    const active = plans.filter((p) => p.selections > 0);
    if (active.length) return pass(`${count(active.length, "AWS Backup plan")} with resources assigned in ${c.region}: ${few(active.map((p) => p.name))}`, active.map((p) => p.arn));
    return fail(plans.length ? `The ${count(plans.length, "AWS Backup plan")} in ${c.accountId} ${c.region} ${plans.length === 1 ? "has" : "have"} no resources assigned: ${few(plans.map((p) => p.name))}` : `No AWS Backup plan in ${c.accountId} ${c.region}`, plans.map((p) => p.arn));
  },
});
