import { count, defineCheck, fail, few, pass } from "../define.js";
import { driftOf, stackName, stacksIn } from "./stacks.js";

/** Scheduled drift detection (the Config rule, or a job) leaves a drift result on every stack; one never checked is nobody's. */
export default defineCheck({
  id: "cloudformation.drift-checked",
  scope: "region",
  async run(c) {
    const found = await stacksIn(c);
    if ("outcome" in found) return found.outcome;
    const stale = new Date(c.now.getTime() - 30 * 86_400_000);
    const unchecked = found.stacks.filter((s) => driftOf(s) === "NOT_CHECKED" || !s.DriftInformation?.LastCheckTimestamp || s.DriftInformation.LastCheckTimestamp < stale);
    const where = `${c.accountId} ${c.region}`;
    if (unchecked.length) return fail(`${count(unchecked.length, "CloudFormation stack")} in ${where} ${unchecked.length === 1 ? "has" : "have"} not been checked for drift in 30 days: ${few(unchecked.map(stackName))}`, unchecked.map((s) => s.StackId ?? ""));
    return pass(`All ${count(found.stacks.length, "CloudFormation stack")} in ${where} were checked for drift in the last 30 days`, found.stacks.map((s) => s.StackId ?? ""));
  },
});
