import { defineCheck } from "../define.js";
import { stacksIn } from "../cloudformation/stacks.js";
import { managedRule } from "./managed-rule.js";

export default defineCheck({
  id: "config.drift-detection",
  scope: "region",
  async run(c) {
    // The managed rule watches CloudFormation stacks only: without stacks it has nothing to watch.
    const found = await stacksIn(c);
    if ("outcome" in found) return found.outcome;
    return managedRule(c, ["CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK"], "checks CloudFormation stacks for drift");
  },
});
