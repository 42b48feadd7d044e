import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "config.auto-remediation",
  scope: "region",
  async run(c) {
    const config = await c.data("config", c.region);
    const rules = c.need(config.rules);
    const remediations = c.need(config.remediations);
    const automatic = remediations.filter((r) => r.Automatic);
    const where = `${c.accountId} ${c.region}`;
    if (automatic.length) return pass(`${count(automatic.length, "AWS Config rule")} in ${where} remediate${automatic.length === 1 ? "s" : ""} automatically: ${few(automatic.map((r) => `${r.ConfigRuleName} (${r.TargetId})`))}`, automatic.map((r) => r.Arn ?? r.ConfigRuleName ?? ""));
    // Without rules no violation is found to remediate; config.rules fails that.
    if (!rules.length) return notApplicable(`No AWS Config rules in ${where} report violations to remediate (config.rules reports that)`);
    return fail(`None of the ${count(rules.length, "AWS Config rule")} in ${where} remediates automatically (${count(remediations.length, "manual remediation")})`, remediations.map((r) => r.Arn ?? ""));
  },
});
