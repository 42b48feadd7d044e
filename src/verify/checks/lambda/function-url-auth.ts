import { conditionValues, coversAction, type Statement } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** A function URL with AuthType NONE is a public HTTPS endpoint: its policy lets anyone invoke the URL without signing. */
const openUrl = (s: Statement) => {
  if (s.Effect !== "Allow" || !coversAction(s, "lambda:InvokeFunctionUrl")) return false;
  const p = s.Principal as string | { AWS?: unknown } | undefined;
  const anyone = p === "*" || (typeof p === "object" && p !== null && [p.AWS].flat().includes("*"));
  return anyone && conditionValues(s, "lambda:FunctionUrlAuthType").some((v) => v.endsWith(":NONE"));
};

export default defineCheck({
  id: "lambda.function-url-auth",
  scope: "region",
  async run(c) {
    const functions = c.need((await c.data("lambda", c.region)).functions);
    if (!functions.length) return notApplicable(`No Lambda functions in ${c.accountId} ${c.region}`);
    const open = functions.filter((f) => f.policy.some(openUrl));
    if (!open.length) return pass(`None of the ${count(functions.length, "Lambda function")} in ${c.region} has a function URL open without authentication`, functions.map((f) => f.arn));
    return fail(`${count(open.length, "Lambda function")} in ${c.accountId} ${c.region} ${open.length === 1 ? "has a function URL" : "have function URLs"} anyone can call without authentication (AuthType NONE): ${few(open.map((f) => f.name))}`, open.map((f) => f.arn));
  },
});
