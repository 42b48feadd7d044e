import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** A publicly accessible instance gets an internet-resolvable address: only security groups stand between it and the world. */
export default defineCheck({
  id: "rds.public-instances",
  scope: "region",
  async run(c) {
    const instances = c.need((await c.data("rds", c.region)).instances);
    if (!instances.length) return notApplicable(`No RDS DB instances in ${c.accountId} ${c.region}`);
    const open = instances.filter((i) => i.PubliclyAccessible === true);
    if (!open.length) return pass(`None of the ${count(instances.length, "RDS DB instance")} in ${c.accountId} ${c.region} is publicly accessible`, instances.map((i) => i.DBInstanceArn ?? ""));
    return fail(`${count(open.length, "RDS DB instance")} in ${c.accountId} ${c.region} ${open.length === 1 ? "is" : "are"} publicly accessible: ${few(open.map((i) => i.DBInstanceIdentifier ?? ""))}`, open.map((i) => i.DBInstanceArn ?? ""));
  },
});
