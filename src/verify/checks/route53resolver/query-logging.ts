import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "route53resolver.query-logging",
  scope: "region",
  async run(c) {
    const vpcs = c.need((await c.data("ec2", c.region)).vpcs);
    const r53 = await c.data("route53resolver", c.region);
    const associations = c.need(r53.queryLogAssociations).filter((a) => (a.Status ?? "ACTIVE") !== "FAILED");
    c.read(r53.queryLogConfigs);
    const logged = new Set(associations.map((a) => a.ResourceId));
    const missing = vpcs.filter((v) => !logged.has(v.VpcId));
    if (!vpcs.length) return notApplicable(`No VPCs in ${c.accountId} ${c.region}`);
    if (!missing.length) return pass(`DNS queries of all ${count(vpcs.length, "VPC")} in ${c.region} are logged`, vpcs.map((v) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc/${v.VpcId}`));
    return fail(`${count(missing.length, "VPC")} in ${c.accountId} ${c.region} ${missing.length === 1 ? "does" : "do"} not log DNS queries: ${few(missing.map((v) => v.VpcId ?? ""))}`, missing.map((v) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc/${v.VpcId}`));
  },
});
