import type { NetworkAcl, NetworkAclEntry } from "@aws-sdk/client-ec2";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

const fromInternet = (e: NetworkAclEntry) => e.CidrBlock === "0.0.0.0/0" || e.Ipv6CidrBlock === "::/0";
const coversTcpPort = (e: NetworkAclEntry, port: number) =>
  e.Protocol === "-1" || (e.Protocol === "6" && (e.PortRange?.From ?? 0) <= port && port <= (e.PortRange?.To ?? 65535));

/**
 * The ports of `ports` a network ACL lets in from anywhere: per port, the lowest-numbered inbound rule for
 * the whole internet that covers it decides (ACL rules apply in number order, first match wins).
 */
export function portsOpenToInternet(acl: NetworkAcl, ports: number[]): number[] {
  const inbound = (acl.Entries ?? []).filter((e) => !e.Egress && fromInternet(e)).sort((a, b) => (a.RuleNumber ?? 0) - (b.RuleNumber ?? 0));
  return ports.filter((port) => inbound.find((e) => coversTcpPort(e, port))?.RuleAction === "allow");
}

export const aclArn = (region: string, accountId: string, acl: NetworkAcl) => `arn:aws:ec2:${region}:${accountId}:network-acl/${acl.NetworkAclId}`;

/** Subnet ACLs are the second wall behind security groups: SSH and RDP should not pass it from the internet. */
export default defineCheck({
  id: "ec2.nacl-open-admin-ports",
  scope: "region",
  async run(c) {
    const acls = c.need((await c.data("ec2", c.region)).networkAcls);
    if (!acls.length) return notApplicable(`No network ACLs in ${c.accountId} ${c.region}`);
    const open = acls.filter((a) => portsOpenToInternet(a, [22, 3389]).length);
    if (!open.length) return pass(`None of the ${count(acls.length, "network ACL")} in ${c.accountId} ${c.region} lets SSH or RDP in from the internet`, acls.map((a) => aclArn(c.region, c.accountId, a)));
    return fail(`${count(open.length, "network ACL")} in ${c.accountId} ${c.region} ${open.length === 1 ? "allows" : "allow"} SSH/RDP from 0.0.0.0/0: ${few(open.map((a) => a.NetworkAclId ?? ""))}`, open.map((a) => aclArn(c.region, c.accountId, a)));
  },
});
