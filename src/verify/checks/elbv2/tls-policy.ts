import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/**
 * Security policies that refuse TLS below 1.2. The name states the minimum: TLS13-1-2-* and TLS13-1-3-*
 * (with their FIPS and post-quantum variants), TLS-1-2-*, FS-1-2-*; TLS13-1-0-* and TLS13-1-1-* still accept 1.0 and 1.1.
 */
const MODERN_TLS_POLICY = /^ELBSecurityPolicy-(TLS13-1-[23]-|FS-1-2-|TLS-1-2-)/;

export default defineCheck({
  id: "elbv2.tls-policy",
  scope: "region",
  async run(c) {
    const balancers = c.need((await c.data("elbv2", c.region)).loadBalancers);
    const tls = balancers.filter((b) => b.listeners.some((l) => l.Protocol === "HTTPS" || l.Protocol === "TLS"));
    if (!tls.length) return notApplicable(`No HTTPS or TLS listeners in ${c.accountId} ${c.region}`);
    const weak = tls.filter((b) => b.listeners.some((l) => (l.Protocol === "HTTPS" || l.Protocol === "TLS") && !MODERN_TLS_POLICY.test(l.SslPolicy ?? "")));
    if (!weak.length) return pass(`Every HTTPS and TLS listener of the ${count(tls.length, "load balancer")} in ${c.region} requires TLS 1.2 or later`, tls.map((b) => b.arn));
    return fail(`${count(weak.length, "load balancer")} in ${c.accountId} ${c.region} ${weak.length === 1 ? "accepts" : "accept"} TLS below 1.2 (security policy): ${few(weak.map((b) => b.name))}`, weak.map((b) => b.arn));
  },
});
