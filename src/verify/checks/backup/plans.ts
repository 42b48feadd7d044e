import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/**
 * A Region holding databases, tables or volumes needs a backup plan that selects resources; a plan
 * without selections backs up nothing.
 */
export default defineCheck({
  id: "backup.plans",
  scope: "region",
  async run(c) {
    const [rds, dynamodb, ec2, backup] = await Promise.all([c.data("rds", c.region), c.data("dynamodb", c.region), c.data("ec2", c.region), c.data("backup", c.region)]);
    const stores = c.need(rds.instances).length + c.need(rds.clusters).length + c.need(dynamodb.tables).length + c.need(ec2.volumes).length;
    const plans = c.need(backup.plans);
    const arn = (p: (typeof plans)[number]) => p.plan.BackupPlanArn ?? "";
    const selecting = plans.filter((p) => p.selections.length);
    if (!stores && !plans.length) return notApplicable(`No RDS databases, DynamoDB tables, EBS volumes or backup plans in ${c.accountId} ${c.region}`);
    if (selecting.length) return pass(`${count(selecting.length, "AWS Backup plan")} in ${c.accountId} ${c.region} ${selecting.length === 1 ? "selects" : "select"} resources: ${few(selecting.map((p) => p.plan.BackupPlanName ?? ""))}`, selecting.map(arn));
    if (plans.length) return fail(`The ${count(plans.length, "AWS Backup plan")} in ${c.accountId} ${c.region} ${plans.length === 1 ? "selects" : "select"} no resources: ${few(plans.map((p) => p.plan.BackupPlanName ?? ""))}`, plans.map(arn));
    return fail(`${count(stores, "data store")} (RDS, DynamoDB, EBS) in ${c.accountId} ${c.region} and no AWS Backup plan`);
  },
});
