import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "dynamodb.point-in-time-recovery",
  scope: "region",
  async run(c) {
    const tables = c.need((await c.data("dynamodb", c.region)).tables);
    if (!tables.length) return notApplicable(`No DynamoDB tables in ${c.accountId} ${c.region}`);
    const off = tables.filter((t) => !t.pointInTimeRecovery);
    if (!off.length) return pass(`All ${count(tables.length, "DynamoDB table")} in ${c.region} have point-in-time recovery`, tables.map((t) => t.arn));
    return fail(`${count(off.length, "DynamoDB table")} in ${c.accountId} ${c.region} ${off.length === 1 ? "has" : "have"} no point-in-time recovery: ${few(off.map((t) => t.name))}`, off.map((t) => t.arn));
  },
});
