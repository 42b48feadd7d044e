import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "route53resolver.dns-firewall",
  scope: "region",
  async run(c) {
    const vpcs = c.need((await c.data("ec2", c.region)).vpcs);
    const associations = c.need((await c.data("route53resolver", c.region)).firewallAssociations);
    const guarded = new Set(associations.filter((a) => (a.Status ?? "COMPLETE") === "COMPLETE").map((a) => a.VpcId));
    const missing = vpcs.filter((v) => !guarded.has(v.VpcId));
    if (!vpcs.length) return notApplicable(`No VPCs in ${c.accountId} ${c.region}`);
    if (!missing.length) return pass(`All ${count(vpcs.length, "VPC")} in ${c.region} have a DNS Firewall rule group`, vpcs.map((v) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc/${v.VpcId}`));
    return fail(`${count(missing.length, "VPC")} in ${c.accountId} ${c.region} ${missing.length === 1 ? "has" : "have"} no DNS Firewall rule group: ${few(missing.map((v) => v.VpcId ?? ""))}`, missing.map((v) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc/${v.VpcId}`));
  },
});
