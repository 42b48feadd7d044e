import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** An instance with a public address is reachable from the internet whenever a security group opens a port; private instances are reached through Session Manager or Verified Access. */
export default defineCheck({
  id: "ec2.public-instances",
  scope: "region",
  async run(c) {
    const running = c.need((await c.data("ec2", c.region)).instances).filter((i) => i.State?.Name === "running");
    const arn = (id: string | undefined) => `arn:aws:ec2:${c.region}:${c.accountId}:instance/${id}`;
    if (!running.length) return notApplicable(`No running EC2 instances in ${c.accountId} ${c.region}`);
    const exposed = running.filter((i) => i.PublicIpAddress || (i.NetworkInterfaces ?? []).some((n) => n.Association?.PublicIp || (n.Ipv6Addresses ?? []).length));
    if (!exposed.length) return pass(`None of the ${count(running.length, "running EC2 instance")} in ${c.region} has a public IP address`, running.map((i) => arn(i.InstanceId)));
    return fail(`${count(exposed.length, "running EC2 instance")} in ${c.accountId} ${c.region} ${exposed.length === 1 ? "has" : "have"} a public IP address: ${few(exposed.map((i) => `${i.InstanceId}${i.PublicIpAddress ? ` (${i.PublicIpAddress})` : ""}`))}`, exposed.map((i) => arn(i.InstanceId)));
  },
});
