import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** A subnet that hands every new instance a public address puts workloads on the internet by default. */
export default defineCheck({
  id: "ec2.subnet-public-ips",
  scope: "region",
  async run(c) {
    // Default subnets of the default VPC auto-assign by design; they are judged like any other.
    const subnets = c.need((await c.data("ec2", c.region)).subnets);
    const arn = (id: string | undefined) => `arn:aws:ec2:${c.region}:${c.accountId}:subnet/${id}`;
    if (!subnets.length) return notApplicable(`No subnets in ${c.accountId} ${c.region}`);
    const auto = subnets.filter((s) => s.MapPublicIpOnLaunch === true);
    if (!auto.length) return pass(`None of the ${count(subnets.length, "subnet")} in ${c.accountId} ${c.region} assigns public IPv4 addresses on launch`, subnets.map((s) => arn(s.SubnetId)));
    return fail(`${count(auto.length, "subnet")} in ${c.accountId} ${c.region} ${auto.length === 1 ? "assigns" : "assign"} public IPv4 addresses on launch: ${few(auto.map((s) => `${s.SubnetId} (${s.VpcId})`))}`, auto.map((s) => arn(s.SubnetId)));
  },
});
