import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { nothingToProtect } from "../subjects.js";

export default defineCheck({
  id: "wafv2.web-acls",
  scope: "region",
  async run(c) {
    const acls = c.need((await c.data("wafv2", c.region)).webAcls);
    if (acls.length) return pass(`${count(acls.length, "AWS WAF web ACL")} in ${c.region}: ${few(acls.map((a) => a.Name ?? ""))}`, acls.map((a) => a.ARN ?? ""));
    const none = await nothingToProtect(c, ["internet-facing load balancers"], "no public endpoint the scan reads for AWS WAF to filter (API Gateway, AppSync and Cognito are not read)");
    if (none) return notApplicable(none);
    return fail(`No AWS WAF web ACL in ${c.accountId} ${c.region}: its internet-facing load balancers are not filtered`);
  },
});
