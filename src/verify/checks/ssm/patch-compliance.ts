import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { instanceArn, runningInstances } from "./instances.js";

/** Of the running instances that report patch compliance, none may miss patches its baseline requires. */
export default defineCheck({
  id: "ssm.patch-compliance",
  scope: "region",
  async run(c) {
    const running = new Set((await runningInstances(c)).map((i) => i.InstanceId));
    if (!running.size) return notApplicable(`No running EC2 instances in ${c.accountId} ${c.region}`);
    const reports = c.need((await c.data("ssmInstances", c.region)).patchCompliance).filter((s) => running.has(s.ResourceId));
    if (!reports.length) return notApplicable(`No running EC2 instance in ${c.accountId} ${c.region} reports patch compliance (ssm.patch-reporting says which)`);
    const behind = reports.filter((s) => s.Status !== "COMPLIANT");
    if (!behind.length) return pass(`All ${count(reports.length, "instance")} reporting patch compliance in ${c.region} are compliant with their baseline`, reports.map((s) => instanceArn(c, s.ResourceId)));
    return fail(`${count(behind.length, "instance")} in ${c.accountId} ${c.region} ${behind.length === 1 ? "misses" : "miss"} required patches: ${few(behind.map((s) => `${s.ResourceId}${s.OverallSeverity && s.OverallSeverity !== "UNSPECIFIED" ? ` (${s.OverallSeverity.toLowerCase()})` : ""}`))}`, behind.map((s) => instanceArn(c, s.ResourceId)));
  },
});
