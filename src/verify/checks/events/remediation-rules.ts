import { count, defineCheck, fail, few, pass } from "../define.js";
import { noFindingSources } from "./sources.js";

export default defineCheck({
  id: "events.remediation-rules",
  scope: "region",
  async run(c) {
    const rules = c.need((await c.data("eventbridge", c.region)).securityRules);
    const wired = rules.filter((r) => r.targets.length > 0);
    if (wired.length) return pass(`${count(wired.length, "EventBridge rule")} in ${c.region} route security findings to a responder: ${few(wired.map((r) => r.rule.Name ?? ""))}`, wired.map((r) => r.rule.Arn ?? ""));
    return (await noFindingSources(c)) ?? fail(`No EventBridge rule in ${c.accountId} ${c.region} sends security findings (GuardDuty, Security Hub, Config) to an automated responder`);
  },
});
