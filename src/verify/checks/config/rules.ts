import { count, defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "config.rules",
  scope: "region",
  async run(c) {
    const rules = c.need((await c.data("config", c.region)).rules).filter((r) => (r.ConfigRuleState ?? "ACTIVE") === "ACTIVE");
    if (rules.length) return pass(`${count(rules.length, "active AWS Config rule")} in ${c.region}`, rules.map((r) => r.ConfigRuleArn ?? r.ConfigRuleName ?? ""));
    return fail(`No active AWS Config rule evaluates resources in ${c.accountId} ${c.region}`);
  },
});
