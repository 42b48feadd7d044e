import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "ec2.vpc-multi-az",
  scope: "region",
  async run(c) {
    const ec2 = await c.data("ec2", c.region);
    const vpcs = c.need(ec2.vpcs);
    const subnets = c.need(ec2.subnets);
    const zones = (vpcId?: string) => new Set(subnets.filter((s) => s.VpcId === vpcId).map((s) => s.AvailabilityZone)).size;
    const single = vpcs.filter((v) => zones(v.VpcId) < 2);
    if (!vpcs.length) return notApplicable(`No VPCs in ${c.accountId} ${c.region}`);
    if (!single.length) return pass(`All ${count(vpcs.length, "VPC")} in ${c.region} have subnets in at least two Availability Zones`, vpcs.map((v) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc/${v.VpcId}`));
    return fail(`${count(single.length, "VPC")} in ${c.accountId} ${c.region} ${single.length === 1 ? "spans" : "span"} fewer than two Availability Zones: ${few(single.map((v) => `${v.VpcId} (${zones(v.VpcId)} AZ)`))}`, single.map((v) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc/${v.VpcId}`));
  },
});
