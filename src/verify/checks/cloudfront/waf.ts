import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { unreadableSummary } from "./behaviors.js";

export default defineCheck({
  id: "cloudfront.waf",
  scope: "account",
  async run(c) {
    const distributions = c.need((await c.data("cloudfront")).distributions);
    if (!distributions.length) return notApplicable(`No CloudFront distributions in ${c.accountId}`);
    const unreadable = unreadableSummary(distributions);
    if (unreadable) return unreadable;
    const bare = distributions.filter((d) => !d.WebACLId);
    if (!bare.length) return pass(`All ${count(distributions.length, "CloudFront distribution")} of ${c.accountId} have an AWS WAF web ACL`, distributions.map((d) => d.ARN ?? ""));
    return fail(`${count(bare.length, "CloudFront distribution")} of ${c.accountId} ${bare.length === 1 ? "has" : "have"} no AWS WAF web ACL: ${few(bare.map((d) => d.DomainName ?? d.Id ?? ""))}`, bare.map((d) => d.ARN ?? ""));
  },
});
