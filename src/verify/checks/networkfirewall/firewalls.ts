import { count, defineCheck, fail, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "networkfirewall.firewalls",
  scope: "region",
  async run(c) {
    const vpcs = c.need((await c.data("ec2", c.region)).vpcs);
    const firewalls = c.need((await c.data("networkfirewall", c.region)).firewalls);
    if (!vpcs.length && !firewalls.length) return notApplicable(`No VPCs (so no traffic to inspect) in ${c.accountId} ${c.region}`);
    if (firewalls.length) return pass(`${count(firewalls.length, "AWS Network Firewall")} in ${c.region}`, firewalls.map((f) => f.FirewallArn ?? ""));
    return fail(`No AWS Network Firewall inspects traffic in ${c.accountId} ${c.region}`);
  },
});
