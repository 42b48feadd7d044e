import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "elbv2.waf-association",
  scope: "region",
  async run(c) {
    const exposed = c.need((await c.data("elbv2", c.region)).loadBalancers).filter((b) => b.internetFacing && b.type === "application");
    if (!exposed.length) return notApplicable(`No internet-facing application load balancers in ${c.accountId} ${c.region}`);
    const bare = exposed.filter((b) => !b.webAcl);
    if (!bare.length) return pass(`All ${count(exposed.length, "internet-facing application load balancer")} in ${c.region} have an AWS WAF web ACL`, exposed.map((b) => b.arn));
    return fail(`${count(bare.length, "internet-facing application load balancer")} in ${c.accountId} ${c.region} ${bare.length === 1 ? "has" : "have"} no AWS WAF web ACL: ${few(bare.map((b) => b.name))}`, bare.map((b) => b.arn));
  },
});
