import { isPublicStatement } from "../../policy.js";
import { count, defineCheck, fail, few, pass } from "../define.js";

export default defineCheck({
  id: "lambda.public-policy",
  scope: "region",
  async run(c) {
    const functions = c.need((await c.data("lambda", c.region)).functions);
    const open = functions.filter((f) => f.policy.some(isPublicStatement));
    if (!open.length) return pass(functions.length ? `None of the ${count(functions.length, "Lambda function")} in ${c.region} can be invoked by anyone` : `No Lambda functions in ${c.accountId} ${c.region}`);
    return fail(`${count(open.length, "Lambda function")} in ${c.accountId} ${c.region} ${open.length === 1 ? "has a resource policy" : "have resource policies"} open to any principal: ${few(open.map((f) => f.name))}`, open.map((f) => f.arn));
  },
});
