import { count, defineCheck, fail, few, pass } from "../define.js";
import { distributionsToJudge } from "./behaviors.js";

export default defineCheck({
  id: "cloudfront.waf",
  scope: "account",
  async run(c) {
    const distributions = await distributionsToJudge(c);
    if (!Array.isArray(distributions)) return distributions;
    const bare = distributions.filter((d) => !d.WebACLId);
    if (!bare.length) return pass(`All ${count(distributions.length, "CloudFront distribution")} of ${c.accountId} have an AWS WAF web ACL`, distributions.map((d) => d.ARN ?? ""));
    return fail(`${count(bare.length, "CloudFront distribution")} of ${c.accountId} ${bare.length === 1 ? "has" : "have"} no AWS WAF web ACL: ${few(bare.map((d) => d.DomainName ?? d.Id ?? ""))}`, bare.map((d) => d.ARN ?? ""));
  },
});
