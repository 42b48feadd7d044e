import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "ec2.vpc-flow-logs",
  scope: "region",
  async run(c) {
    const ec2 = await c.data("ec2", c.region);
    const vpcs = c.need(ec2.vpcs);
    const logged = new Set(c.need(ec2.flowLogs).filter((f) => f.FlowLogStatus !== "INACTIVE").map((f) => f.ResourceId));
    const missing = vpcs.filter((v) => !logged.has(v.VpcId));
    if (!vpcs.length) return notApplicable(`No VPCs in ${c.accountId} ${c.region}`);
    if (!missing.length) return pass(`All ${count(vpcs.length, "VPC")} in ${c.region} have flow logs`, vpcs.map((v) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc/${v.VpcId}`));
    return fail(`${count(missing.length, "VPC")} in ${c.accountId} ${c.region} ${missing.length === 1 ? "has" : "have"} no flow logs: ${few(missing.map((v) => v.VpcId ?? ""))}`, missing.map((v) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc/${v.VpcId}`));
  },
});
