import type { IpPermission } from "@aws-sdk/client-ec2";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

const ADMIN_PORTS = [22, 3389];

const openToWorld = (p: IpPermission) => (p.IpRanges ?? []).some((r) => r.CidrIp === "0.0.0.0/0") || (p.Ipv6Ranges ?? []).some((r) => r.CidrIpv6 === "::/0");
const coversAdminPort = (p: IpPermission) =>
  p.IpProtocol === "-1" || ((p.IpProtocol === "tcp" || p.IpProtocol === "6") && ADMIN_PORTS.some((port) => (p.FromPort ?? 0) <= port && port <= (p.ToPort ?? 65535)));

export default defineCheck({
  id: "ec2.sg-open-admin-ports",
  scope: "region",
  async run(c) {
    const groups = c.need((await c.data("ec2", c.region)).securityGroups);
    const open = groups.filter((g) => (g.IpPermissions ?? []).some((p) => openToWorld(p) && coversAdminPort(p)));
    if (!groups.length) return notApplicable(`No security groups in ${c.accountId} ${c.region}`);
    if (!open.length) return pass(`None of the ${count(groups.length, "security group")} in ${c.region} opens SSH or RDP to the internet`, groups.map((g) => `arn:aws:ec2:${c.region}:${c.accountId}:security-group/${g.GroupId}`));
    return fail(`${count(open.length, "security group")} in ${c.accountId} ${c.region} ${open.length === 1 ? "opens" : "open"} SSH/RDP to 0.0.0.0/0: ${few(open.map((g) => `${g.GroupId} (${g.GroupName})`))}`, open.map((g) => `arn:aws:ec2:${c.region}:${c.accountId}:security-group/${g.GroupId}`));
  },
});
