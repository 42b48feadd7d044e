import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { instanceArn, runningInstances } from "./instances.js";

/** An instance Systems Manager does not know is one nobody inventories, patches or reaches without SSH. */
export default defineCheck({
  id: "ssm.managed-instances",
  scope: "region",
  async run(c) {
    const running = await runningInstances(c);
    if (!running.length) return notApplicable(`No running EC2 instances in ${c.accountId} ${c.region}`);
    const managed = new Set(c.need((await c.data("ssmInstances", c.region)).managedInstances).map((i) => i.InstanceId));
    const unmanaged = running.filter((i) => !managed.has(i.InstanceId));
    if (!unmanaged.length) return pass(`All ${count(running.length, "running EC2 instance")} in ${c.region} are managed by Systems Manager`, running.map((i) => instanceArn(c, i.InstanceId)));
    return fail(`${count(unmanaged.length, "running EC2 instance")} in ${c.accountId} ${c.region} ${unmanaged.length === 1 ? "is" : "are"} not managed by Systems Manager: ${few(unmanaged.map((i) => i.InstanceId ?? ""))}`, unmanaged.map((i) => instanceArn(c, i.InstanceId)));
  },
});
