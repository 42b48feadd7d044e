import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** An internet-facing listener on plain HTTP must only redirect to HTTPS. */
export default defineCheck({
  id: "elbv2.https-only",
  scope: "region",
  async run(c) {
    const balancers = c.need((await c.data("elbv2", c.region)).loadBalancers).filter((b) => b.internetFacing && b.type === "application");
    if (!balancers.length) return notApplicable(`No internet-facing application load balancers in ${c.accountId} ${c.region}`);
    const plain = balancers.filter((b) => b.listeners.some((l) => l.Protocol === "HTTP" && !(l.DefaultActions ?? []).every((a) => a.Type === "redirect" && a.RedirectConfig?.Protocol === "HTTPS")));
    if (!plain.length) return pass(`All ${count(balancers.length, "internet-facing application load balancer")} in ${c.region} serve HTTPS only (HTTP redirects)`, balancers.map((b) => b.arn));
    return fail(`${count(plain.length, "internet-facing load balancer")} in ${c.accountId} ${c.region} ${plain.length === 1 ? "serves" : "serve"} plain HTTP: ${few(plain.map((b) => b.name))}`, plain.map((b) => b.arn));
  },
});
