import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "rds.public-snapshots",
  scope: "region",
  async run(c) {
    const snapshots = c.need((await c.data("rds", c.region)).snapshots);
    if (!snapshots.length) return notApplicable(`No manual RDS snapshots in ${c.accountId} ${c.region}`);
    const shared = snapshots.filter((s) => s.restorableBy.includes("all"));
    if (!shared.length) return pass(`None of the ${count(snapshots.length, "manual RDS snapshot")} in ${c.region} is public`, snapshots.map((s) => s.arn));
    return fail(`${count(shared.length, "RDS snapshot")} in ${c.accountId} ${c.region} ${shared.length === 1 ? "is" : "are"} public: anyone can restore ${shared.length === 1 ? "it" : "them"}: ${few(shared.map((s) => s.id))}`, shared.map((s) => s.arn));
  },
});
