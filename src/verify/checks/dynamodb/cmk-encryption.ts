import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Tables without an SSEDescription use the AWS owned key: encrypted, but with no key policy or key usage trail of ours. */
export default defineCheck({
  id: "dynamodb.cmk-encryption",
  scope: "region",
  async run(c) {
    const tables = c.need((await c.data("dynamodb", c.region)).tables);
    if (!tables.length) return notApplicable(`No DynamoDB tables in ${c.accountId} ${c.region}`);
    const own = tables.filter((t) => t.table.SSEDescription?.SSEType !== "KMS");
    if (!own.length) return pass(`All ${count(tables.length, "DynamoDB table")} in ${c.accountId} ${c.region} are encrypted with a KMS key`, tables.map((t) => t.table.TableArn ?? ""));
    return fail(`${count(own.length, "DynamoDB table")} in ${c.accountId} ${c.region} ${own.length === 1 ? "uses" : "use"} the AWS owned key instead of a KMS key: ${few(own.map((t) => t.table.TableName ?? ""))}`, own.map((t) => t.table.TableArn ?? ""));
  },
});
