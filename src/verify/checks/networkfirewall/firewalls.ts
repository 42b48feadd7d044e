import { count, defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "networkfirewall.firewalls",
  scope: "region",
  async run(c) {
    const firewalls = c.need((await c.data("networkfirewall", c.region)).firewalls);
    if (firewalls.length) return pass(`${count(firewalls.length, "AWS Network Firewall")} in ${c.region}`, firewalls.map((f) => f.FirewallArn ?? ""));
    return fail(`No AWS Network Firewall inspects traffic in ${c.accountId} ${c.region}`);
  },
});
