import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Services that deploy the same rules into every account: organization rules, conformance packs, Security Hub standards. */
const CENTRAL = new Set(["config-multiaccountsetup.amazonaws.com", "config-conforms.amazonaws.com", "securityhub.amazonaws.com"]);

export default defineCheck({
  id: "config.central-rules",
  scope: "region",
  async run(c) {
    const rules = c.need((await c.data("config", c.region)).rules).filter((r) => (r.ConfigRuleState ?? "ACTIVE") === "ACTIVE");
    const where = `${c.accountId} ${c.region}`;
    if (!rules.length) return notApplicable(`No active AWS Config rule in ${where} (config.rules reports that)`);
    const central = rules.filter((r) => CENTRAL.has(r.CreatedBy ?? ""));
    if (central.length) {
      const by = [...new Set(central.map((r) => r.CreatedBy!.split(".")[0]!))];
      return pass(`${count(central.length, "AWS Config rule")} in ${where} ${central.length === 1 ? "is" : "are"} deployed centrally (${by.join(", ")})`, central.map((r) => r.ConfigRuleArn ?? r.ConfigRuleName ?? ""));
    }
    return fail(`All ${count(rules.length, "AWS Config rule")} in ${where} were created in the account, not by an organization rule, conformance pack or Security Hub: ${few(rules.map((r) => r.ConfigRuleName ?? ""))}`, rules.map((r) => r.ConfigRuleArn ?? ""));
  },
});
