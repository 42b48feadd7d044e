import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Point-in-time recovery restores a table to any second of the last 35 days, after a bad write or a deletion. */
export default defineCheck({
  id: "dynamodb.point-in-time-recovery",
  scope: "region",
  async run(c) {
    const tables = c.need((await c.data("dynamodb", c.region)).tables);
    if (!tables.length) return notApplicable(`No DynamoDB tables in ${c.accountId} ${c.region}`);
    const off = tables.filter((t) => !t.pointInTimeRecovery);
    if (!off.length) return pass(`All ${count(tables.length, "DynamoDB table")} in ${c.accountId} ${c.region} have point-in-time recovery`, tables.map((t) => t.table.TableArn ?? ""));
    return fail(`${count(off.length, "DynamoDB table")} in ${c.accountId} ${c.region} ${off.length === 1 ? "has" : "have"} no point-in-time recovery: ${few(off.map((t) => t.table.TableName ?? ""))}`, off.map((t) => t.table.TableArn ?? ""));
  },
});
