import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const arn = `arn:aws:network-firewall:eu-west-1:${ACCOUNT}:firewall/egress`;
const region = (vpcs: number, firewalls: number): FakeData => ({
  ec2: { vpcs: ok(Array.from({ length: vpcs }, (_, i) => ({ VpcId: `vpc-${i}` }))) },
  networkfirewall: { firewalls: ok(Array.from({ length: firewalls }, () => ({ FirewallName: "egress", FirewallArn: arn }))) },
});

export default {
  rows: [
    { name: "no VPCs", check: "networkfirewall.firewalls", data: region(0, 0), status: "not-applicable" },
    { name: "a firewall", check: "networkfirewall.firewalls", data: region(2, 1), status: "pass", resources: [arn] },
    { name: "VPCs without a firewall", check: "networkfirewall.firewalls", data: region(1, 0), status: "fail" },
    { name: "firewalls unreadable", check: "networkfirewall.firewalls", data: { ec2: { vpcs: ok([{ VpcId: "vpc-1" }]) }, networkfirewall: { firewalls: denied("network-firewall:ListFirewalls") } }, status: "unknown" },
  ],
} satisfies RowFile;
