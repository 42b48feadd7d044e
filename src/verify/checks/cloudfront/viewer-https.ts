import { count, defineCheck, fail, few, pass } from "../define.js";
import { behaviors, distributionsToJudge } from "./behaviors.js";

export default defineCheck({
  id: "cloudfront.viewer-https",
  scope: "account",
  async run(c) {
    const distributions = await distributionsToJudge(c);
    if (!Array.isArray(distributions)) return distributions;
    const plain = distributions.filter((d) => behaviors(d).some((b) => b.ViewerProtocolPolicy === "allow-all"));
    if (!plain.length) return pass(`All ${count(distributions.length, "CloudFront distribution")} of ${c.accountId} serve viewers over HTTPS only`, distributions.map((d) => d.ARN ?? ""));
    return fail(`${count(plain.length, "CloudFront distribution")} of ${c.accountId} ${plain.length === 1 ? "lets" : "let"} viewers use plain HTTP (viewer protocol policy allow-all): ${few(plain.map((d) => d.DomainName ?? d.Id ?? ""))}`, plain.map((d) => d.ARN ?? ""));
  },
});
