import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** A retention period of 0 turns automated backups (and point-in-time restore) off for an instance. */
export default defineCheck({
  id: "rds.automated-backups",
  scope: "region",
  async run(c) {
    const rds = await c.data("rds", c.region);
    // Aurora members keep the cluster's backups, so the clusters stand in for them.
    const stores = [
      ...c.need(rds.instances).filter((i) => !i.DBClusterIdentifier).map((i) => ({ name: i.DBInstanceIdentifier ?? "", arn: i.DBInstanceArn ?? "", days: i.BackupRetentionPeriod ?? 0 })),
      ...c.need(rds.clusters).map((k) => ({ name: k.DBClusterIdentifier ?? "", arn: k.DBClusterArn ?? "", days: k.BackupRetentionPeriod ?? 0 })),
    ];
    if (!stores.length) return notApplicable(`No RDS DB instances or clusters in ${c.accountId} ${c.region}`);
    const off = stores.filter((s) => s.days < 1);
    if (!off.length) return pass(`All ${count(stores.length, "RDS database")} in ${c.accountId} ${c.region} keep automated backups (${Math.min(...stores.map((s) => s.days))} days or more)`, stores.map((s) => s.arn));
    return fail(`${count(off.length, "RDS database")} in ${c.accountId} ${c.region} ${off.length === 1 ? "has" : "have"} automated backups off: ${few(off.map((s) => s.name))}`, off.map((s) => s.arn));
  },
});
