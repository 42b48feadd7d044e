import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "rds.publicly-accessible",
  scope: "region",
  async run(c) {
    const instances = c.need((await c.data("rds", c.region)).instances);
    if (!instances.length) return notApplicable(`No RDS database instances in ${c.accountId} ${c.region}`);
    const exposed = instances.filter((i) => i.PubliclyAccessible);
    if (!exposed.length) return pass(`None of the ${count(instances.length, "RDS instance")} in ${c.region} has a public address`, instances.map((i) => i.DBInstanceArn ?? ""));
    return fail(`${count(exposed.length, "RDS instance")} in ${c.accountId} ${c.region} ${exposed.length === 1 ? "is" : "are"} publicly accessible: ${few(exposed.map((i) => i.DBInstanceIdentifier ?? ""))}`, exposed.map((i) => i.DBInstanceArn ?? ""));
  },
});
