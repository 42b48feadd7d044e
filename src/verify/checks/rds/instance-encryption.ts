import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Aurora instances inherit encryption from their cluster (rds.cluster-encryption reads that). */
export default defineCheck({
  id: "rds.instance-encryption",
  scope: "region",
  async run(c) {
    const instances = c.need((await c.data("rds", c.region)).instances).filter((i) => !i.DBClusterIdentifier);
    if (!instances.length) return notApplicable(`No stand-alone RDS DB instances in ${c.accountId} ${c.region}`);
    const plain = instances.filter((i) => i.StorageEncrypted !== true);
    if (!plain.length) return pass(`All ${count(instances.length, "RDS DB instance")} in ${c.accountId} ${c.region} encrypt their storage`, instances.map((i) => i.DBInstanceArn ?? ""));
    return fail(`${count(plain.length, "RDS DB instance")} in ${c.accountId} ${c.region} ${plain.length === 1 ? "does" : "do"} not encrypt storage: ${few(plain.map((i) => i.DBInstanceIdentifier ?? ""))}`, plain.map((i) => i.DBInstanceArn ?? ""));
  },
});
