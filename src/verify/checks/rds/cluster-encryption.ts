import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "rds.cluster-encryption",
  scope: "region",
  async run(c) {
    const clusters = c.need((await c.data("rds", c.region)).clusters);
    if (!clusters.length) return notApplicable(`No RDS DB clusters in ${c.accountId} ${c.region}`);
    const plain = clusters.filter((k) => k.StorageEncrypted !== true);
    if (!plain.length) return pass(`All ${count(clusters.length, "RDS DB cluster")} in ${c.accountId} ${c.region} encrypt their storage`, clusters.map((k) => k.DBClusterArn ?? ""));
    return fail(`${count(plain.length, "RDS DB cluster")} in ${c.accountId} ${c.region} ${plain.length === 1 ? "does" : "do"} not encrypt storage: ${few(plain.map((k) => k.DBClusterIdentifier ?? ""))}`, plain.map((k) => k.DBClusterArn ?? ""));
  },
});
