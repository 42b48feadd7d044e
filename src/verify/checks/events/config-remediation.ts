import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { actingTargets } from "./sources.js";

// Config compliance changes and Security Hub's control findings are the policy violations to correct.
const VIOLATIONS = /"aws\.(config|securityhub)"/;

/** The EventBridge route to automatic remediation (Config's own remediation is config.auto-remediation). */
export default defineCheck({
  id: "events.config-remediation",
  scope: "region",
  async run(c) {
    const rules = c.need((await c.data("eventbridge", c.region)).securityRules).filter((r) => VIOLATIONS.test(r.rule.EventPattern ?? ""));
    const config = await c.data("config", c.region);
    const active = c.need(config.rules).filter((r) => (r.ConfigRuleState ?? "ACTIVE") === "ACTIVE");
    const acting = rules.filter((r) => actingTargets(r).length);
    if (acting.length) return pass(`${count(acting.length, "EventBridge rule")} in ${c.accountId} ${c.region} send${acting.length === 1 ? "s" : ""} Config or Security Hub violations to automatic remediation: ${few(acting.map((r) => r.rule.Name ?? ""))}`, acting.map((r) => r.rule.Arn ?? ""));
    if (!active.length) return notApplicable(`No active AWS Config rule in ${c.accountId} ${c.region} reports violations to remediate`);
    return fail(`No EventBridge rule in ${c.accountId} ${c.region} sends Config or Security Hub violations to Lambda, SSM Automation or Step Functions (${count(active.length, "active Config rule")} report${active.length === 1 ? "s" : ""} them)`, rules.map((r) => r.rule.Arn ?? ""));
  },
});
