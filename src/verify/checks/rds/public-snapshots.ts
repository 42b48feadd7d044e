import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** A manual snapshot whose restore attribute holds `all` can be copied into any AWS account. */
export default defineCheck({
  id: "rds.public-snapshots",
  scope: "region",
  async run(c) {
    const snapshots = c.need((await c.data("rds", c.region)).snapshots);
    if (!snapshots.length) return notApplicable(`No manual RDS DB snapshots in ${c.accountId} ${c.region}`);
    const open = snapshots.filter((s) => s.restorableBy.includes("all"));
    if (!open.length) return pass(`None of the ${count(snapshots.length, "manual RDS DB snapshot")} in ${c.accountId} ${c.region} is public`, snapshots.map((s) => s.snapshot.DBSnapshotArn ?? ""));
    return fail(`${count(open.length, "RDS DB snapshot")} in ${c.accountId} ${c.region} ${open.length === 1 ? "is" : "are"} public (restorable by all AWS accounts): ${few(open.map((s) => s.snapshot.DBSnapshotIdentifier ?? ""))}`, open.map((s) => s.snapshot.DBSnapshotArn ?? ""));
  },
});
