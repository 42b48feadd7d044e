import { count, defineCheck, fail, notApplicable, pass } from "../define.js";
import { NETWORKED, nothingToProtect } from "../subjects.js";

export default defineCheck({
  id: "networkfirewall.firewalls",
  scope: "region",
  async run(c) {
    const firewalls = c.need((await c.data("networkfirewall", c.region)).firewalls);
    // Firewalls first: a central inspection VPC holds the firewall and no workloads, and its firewall counts.
    if (firewalls.length) return pass(`${count(firewalls.length, "AWS Network Firewall")} in ${c.region}`, firewalls.map((f) => f.FirewallArn ?? ""));
    const none = await nothingToProtect(c, NETWORKED, "no traffic for a network firewall to inspect");
    if (none) return notApplicable(none);
    return fail(`No AWS Network Firewall inspects traffic in ${c.accountId} ${c.region}`);
  },
});
