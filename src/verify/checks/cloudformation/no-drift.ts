import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { driftOf, stackName, stacksIn } from "./stacks.js";

export default defineCheck({
  id: "cloudformation.no-drift",
  scope: "region",
  async run(c) {
    const found = await stacksIn(c);
    if ("outcome" in found) return found.outcome;
    const where = `${c.accountId} ${c.region}`;
    const drifted = found.stacks.filter((s) => driftOf(s) === "DRIFTED");
    if (drifted.length) return fail(`${count(drifted.length, "CloudFormation stack")} in ${where} drifted from ${drifted.length === 1 ? "its" : "their"} template: ${few(drifted.map(stackName))}`, drifted.map((s) => s.StackId ?? ""));
    // Only a drift check says a stack matches its code; stacks never checked are drift-checked's finding.
    const inSync = found.stacks.filter((s) => driftOf(s) === "IN_SYNC");
    if (!inSync.length) return notApplicable(`None of the ${count(found.stacks.length, "CloudFormation stack")} in ${where} has a drift result yet`);
    return pass(`${count(inSync.length, "CloudFormation stack")} in ${where} match${inSync.length === 1 ? "es" : ""} ${inSync.length === 1 ? "its" : "their"} template at the last drift check`, inSync.map((s) => s.StackId ?? ""));
  },
});
