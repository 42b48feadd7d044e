import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "rds.encryption",
  scope: "region",
  async run(c) {
    const rds = await c.data("rds", c.region);
    // Cluster members report their cluster's storage; a cluster is judged once, as itself.
    const stores = [
      ...c.need(rds.instances).filter((i) => !i.DBClusterIdentifier).map((i) => ({ name: i.DBInstanceIdentifier ?? "", arn: i.DBInstanceArn ?? "", encrypted: !!i.StorageEncrypted })),
      ...c.need(rds.clusters).map((k) => ({ name: k.DBClusterIdentifier ?? "", arn: k.DBClusterArn ?? "", encrypted: !!k.StorageEncrypted })),
    ];
    if (!stores.length) return notApplicable(`No RDS databases in ${c.accountId} ${c.region}`);
    const plain = stores.filter((s) => !s.encrypted);
    if (!plain.length) return pass(`All ${count(stores.length, "RDS database")} in ${c.region} encrypt their storage`, stores.map((s) => s.arn));
    return fail(`${count(plain.length, "RDS database")} in ${c.accountId} ${c.region} ${plain.length === 1 ? "stores" : "store"} data unencrypted: ${few(plain.map((s) => s.name))}`, plain.map((s) => s.arn));
  },
});
