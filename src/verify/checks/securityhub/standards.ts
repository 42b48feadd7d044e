import { defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** The baseline standards a Zero Trust posture is scored against. */
const BASELINES = /:(standards|ruleset)\/(aws-foundational-security-best-practices|cis-aws-foundations-benchmark)\//;

export default defineCheck({
  id: "securityhub.standards",
  scope: "region",
  async run(c) {
    const data = await c.data("securityhub", c.region);
    const where = `${c.accountId} ${c.region}`;
    if (!c.need(data.hub)) return notApplicable(`Security Hub is not enabled in ${where} (securityhub.enabled reports that)`);
    const standards = c.need(data.standards);
    const baseline = standards.filter((s) => BASELINES.test(s.StandardsArn ?? "") && s.StandardsStatus !== "FAILED" && s.StandardsStatus !== "DELETING");
    const name = (arn = "") => arn.split("/").slice(-3, -2)[0] ?? arn;
    if (baseline.length) return pass(`Security Hub in ${where} scores resources against ${few(baseline.map((s) => name(s.StandardsArn)))}`, baseline.map((s) => s.StandardsSubscriptionArn ?? ""));
    return fail(`Security Hub in ${where} runs neither AWS Foundational Security Best Practices nor the CIS benchmark${standards.length ? ` (only ${few(standards.map((s) => name(s.StandardsArn)))})` : ""}`, standards.map((s) => s.StandardsSubscriptionArn ?? ""));
  },
});
