import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { instanceArn, runningInstances } from "./instances.js";

/** Patch compliance is measured only where Patch Manager scans the instance and reports to Systems Manager. */
export default defineCheck({
  id: "ssm.patch-reporting",
  scope: "region",
  async run(c) {
    const running = await runningInstances(c);
    if (!running.length) return notApplicable(`No running EC2 instances in ${c.accountId} ${c.region}`);
    const reported = new Set(c.need((await c.data("ssmInstances", c.region)).patchCompliance).map((s) => s.ResourceId));
    const silent = running.filter((i) => !reported.has(i.InstanceId));
    if (!silent.length) return pass(`All ${count(running.length, "running EC2 instance")} in ${c.region} report patch compliance to Systems Manager`, running.map((i) => instanceArn(c, i.InstanceId)));
    return fail(`${count(silent.length, "running EC2 instance")} in ${c.accountId} ${c.region} ${silent.length === 1 ? "reports" : "report"} no patch compliance: ${few(silent.map((i) => i.InstanceId ?? ""))}`, silent.map((i) => instanceArn(c, i.InstanceId)));
  },
});
