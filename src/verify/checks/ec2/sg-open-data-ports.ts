import type { IpPermission } from "@aws-sdk/client-ec2";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Databases, caches, search, directory (LDAP) and file-sharing (SMB/NFS) ports: never meant for the internet. */
export const DATA_PORTS: Record<number, string> = {
  139: "NetBIOS",
  389: "LDAP",
  445: "SMB",
  636: "LDAPS",
  1433: "SQL Server",
  1521: "Oracle",
  2049: "NFS",
  3306: "MySQL",
  5432: "PostgreSQL",
  6379: "Redis",
  9200: "Elasticsearch",
  11211: "Memcached",
  27017: "MongoDB",
};

const openToWorld = (p: IpPermission) => (p.IpRanges ?? []).some((r) => r.CidrIp === "0.0.0.0/0") || (p.Ipv6Ranges ?? []).some((r) => r.CidrIpv6 === "::/0");
const portsCovered = (p: IpPermission) =>
  Object.keys(DATA_PORTS)
    .map(Number)
    .filter((port) => p.IpProtocol === "-1" || ((p.IpProtocol === "tcp" || p.IpProtocol === "6") && (p.FromPort ?? 0) <= port && port <= (p.ToPort ?? 65535)));

export default defineCheck({
  id: "ec2.sg-open-data-ports",
  scope: "region",
  async run(c) {
    const groups = c.need((await c.data("ec2", c.region)).securityGroups);
    if (!groups.length) return notApplicable(`No security groups in ${c.accountId} ${c.region}`);
    const arn = (id: string | undefined) => `arn:aws:ec2:${c.region}:${c.accountId}:security-group/${id}`;
    const open = groups
      .map((g) => ({ g, ports: [...new Set((g.IpPermissions ?? []).filter(openToWorld).flatMap(portsCovered))] }))
      .filter((o) => o.ports.length);
    if (!open.length) return pass(`None of the ${count(groups.length, "security group")} in ${c.accountId} ${c.region} opens database, LDAP or file-sharing ports to the internet`, groups.map((g) => arn(g.GroupId)));
    const named = open.map((o) => `${o.g.GroupId} (${o.ports.map((p) => DATA_PORTS[p]).join("/")})`);
    return fail(`${count(open.length, "security group")} in ${c.accountId} ${c.region} ${open.length === 1 ? "opens" : "open"} data ports to 0.0.0.0/0: ${few(named)}`, open.map((o) => arn(o.g.GroupId)));
  },
});
