import { count, defineCheck, fail, few, pass } from "../define.js";
import { distributionsToJudge } from "./behaviors.js";

/** Viewer security policies that refuse TLS below 1.2 (TLSv1.2_2018 and later, TLSv1.3). */
const MODERN = /^TLSv1\.(2_20(1[89]|2\d)|3)/;

export default defineCheck({
  id: "cloudfront.tls-minimum",
  scope: "account",
  async run(c) {
    const distributions = await distributionsToJudge(c);
    if (!Array.isArray(distributions)) return distributions;
    // The default *.cloudfront.net certificate always accepts TLS 1.0; only a custom certificate sets a minimum.
    const weak = distributions.filter((d) => d.ViewerCertificate?.CloudFrontDefaultCertificate || !MODERN.test(d.ViewerCertificate?.MinimumProtocolVersion ?? ""));
    if (!weak.length) return pass(`All ${count(distributions.length, "CloudFront distribution")} of ${c.accountId} require TLS 1.2 or later from viewers`, distributions.map((d) => d.ARN ?? ""));
    return fail(`${count(weak.length, "CloudFront distribution")} of ${c.accountId} ${weak.length === 1 ? "accepts" : "accept"} TLS below 1.2 from viewers (default certificate or an old security policy): ${few(weak.map((d) => d.DomainName ?? d.Id ?? ""))}`, weak.map((d) => d.ARN ?? ""));
  },
});
