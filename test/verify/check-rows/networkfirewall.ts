import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { RowFile } from "./row.js";

const arn = `arn:aws:network-firewall:eu-west-1:${ACCOUNT}:firewall/egress`;
const region = (firewalls: number, where: FakeData = HOLDING.instance): FakeData => place(where, { networkfirewall: { firewalls: ok(Array.from({ length: firewalls }, () => ({ FirewallName: "egress", FirewallArn: arn }))) } });

export default {
  rows: [
    { name: "no workloads", check: "networkfirewall.firewalls", data: region(0, {}), status: "not-applicable", detail: /no traffic/ },
    { name: "a firewall", check: "networkfirewall.firewalls", data: region(1), status: "pass", resources: [arn] },
    { name: "a central inspection VPC: a firewall and no workloads", check: "networkfirewall.firewalls", data: region(1, {}), status: "pass", resources: [arn] },
    { name: "workloads without a firewall", check: "networkfirewall.firewalls", data: region(0), status: "fail" },
    { name: "firewalls unreadable", check: "networkfirewall.firewalls", data: place(HOLDING.instance, { networkfirewall: { firewalls: denied("network-firewall:ListFirewalls") } }), status: "unknown" },
  ],
} satisfies RowFile;
