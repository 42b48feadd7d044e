import type { Outcome } from "../../types.js";
import { type CheckContext, fail, few, pass } from "../define.js";

/**
 * Whether an active AWS Config rule in the check's region runs one of the named managed rules
 * (Security Hub's controls are such rules too, so they count).
 */
export async function managedRule(c: CheckContext, identifiers: string[], what: string): Promise<Outcome> {
  const rules = c.need((await c.data("config", c.region)).rules).filter((r) => (r.ConfigRuleState ?? "ACTIVE") === "ACTIVE");
  const found = rules.filter((r) => r.Source?.Owner === "AWS" && identifiers.includes(r.Source.SourceIdentifier ?? ""));
  if (found.length) return pass(`AWS Config ${what} in ${c.accountId} ${c.region}: ${few(found.map((r) => r.ConfigRuleName ?? ""))}`, found.map((r) => r.ConfigRuleArn ?? ""));
  return fail(`No active AWS Config rule in ${c.accountId} ${c.region} ${what} (looked for ${few(identifiers, 3)})`);
}
