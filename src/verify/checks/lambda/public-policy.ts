import { isPublicStatement } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "lambda.public-policy",
  scope: "region",
  async run(c) {
    const functions = c.need((await c.data("lambda", c.region)).functions);
    const open = functions.filter((f) => f.policy.some(isPublicStatement));
    if (!functions.length) return notApplicable(`No Lambda functions in ${c.accountId} ${c.region}`);
    if (!open.length) return pass(`None of the ${count(functions.length, "Lambda function")} in ${c.region} can be invoked by anyone`, functions.map((f) => f.arn));
    return fail(`${count(open.length, "Lambda function")} in ${c.accountId} ${c.region} ${open.length === 1 ? "has a resource policy" : "have resource policies"} open to any principal: ${few(open.map((f) => f.name))}`, open.map((f) => f.arn));
  },
});
