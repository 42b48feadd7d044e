import { count, defineCheck, fail, notApplicable, pass } from "../define.js";
import { NETWORKED, nothingToProtect } from "../subjects.js";

/** Private endpoints keep AWS API traffic off the internet; a region with VPCs and none routes it all out. */
export default defineCheck({
  id: "ec2.vpc-endpoints",
  scope: "region",
  async run(c) {
    const ec2 = await c.data("ec2", c.region);
    const vpcs = c.need(ec2.vpcs);
    const endpoints = c.need(ec2.vpcEndpoints).filter((e) => (e.State ?? "available").toLowerCase() === "available");
    if (!vpcs.length) return notApplicable(`No VPCs in ${c.accountId} ${c.region}`);
    if (endpoints.length) {
      const services = [...new Set(endpoints.map((e) => (e.ServiceName ?? "").split(".").pop()))];
      return pass(`${count(endpoints.length, "VPC endpoint")} in ${c.region} (${services.join(", ")})`, endpoints.map((e) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc-endpoint/${e.VpcEndpointId}`));
    }
    const none = await nothingToProtect(c, NETWORKED, "no workload in its VPCs sends AWS API traffic");
    if (none) return notApplicable(none);
    return fail(`${count(vpcs.length, "VPC")} in ${c.accountId} ${c.region} and no VPC endpoints: AWS API traffic leaves through the internet`, vpcs.map((v) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc/${v.VpcId}`));
  },
});
