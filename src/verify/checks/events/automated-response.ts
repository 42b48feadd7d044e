import { count, defineCheck, fail, few, pass } from "../define.js";
import { actingTargets, noFindingSources } from "./sources.js";

/** A rule that only notifies (SNS, a queue) leaves the first minutes to people; this one wants code or a runbook to act. */
export default defineCheck({
  id: "events.automated-response",
  scope: "region",
  async run(c) {
    const rules = c.need((await c.data("eventbridge", c.region)).securityRules);
    const acting = rules.filter((r) => actingTargets(r).length);
    if (acting.length) return pass(`${count(acting.length, "EventBridge rule")} in ${c.accountId} ${c.region} start${acting.length === 1 ? "s" : ""} an automated response to security findings: ${few(acting.map((r) => `${r.rule.Name} -> ${actingTargets(r)[0]!.split(":").slice(2, 3)[0]}`))}`, acting.map((r) => r.rule.Arn ?? ""));
    const notifying = rules.filter((r) => r.targets.length);
    return (
      (await noFindingSources(c)) ??
      fail(notifying.length ? `Security findings in ${c.accountId} ${c.region} only notify (${few(notifying.map((r) => r.rule.Name ?? ""))}): no rule starts Lambda, SSM Automation or Step Functions` : `No EventBridge rule in ${c.accountId} ${c.region} responds to security findings`, notifying.map((r) => r.rule.Arn ?? ""))
    );
  },
});
