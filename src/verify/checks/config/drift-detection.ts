import { defineCheck } from "../define.js";
import { managedRule } from "./managed-rule.js";

export default defineCheck({
  id: "config.drift-detection",
  scope: "region",
  run: (c) => managedRule(c, ["CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK"], "checks CloudFormation stacks for drift"),
});
