import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { runningInstances } from "./instances.js";

/**
 * Only that the region defines its own patch baselines: AWS's default baselines are a valid choice
 * too, so this says little about patching (ssm.patch-reporting and ssm.patch-compliance measure it).
 */
export default defineCheck({
  id: "ssm.patch-baselines",
  scope: "region",
  async run(c) {
    // A baseline with no instance to patch proves nothing, so the baselines are read only where instances run.
    if (!(await runningInstances(c)).length) return notApplicable(`No running EC2 instances to patch in ${c.accountId} ${c.region}`);
    const baselines = c.need((await c.data("ssm", c.region)).customPatchBaselines);
    if (baselines.length) return pass(`${count(baselines.length, "custom patch baseline")} in ${c.region}: ${few(baselines.map((b) => `${b.BaselineName ?? b.BaselineId}${b.DefaultBaseline ? " (default)" : ""}`))}`, baselines.map((b) => `arn:aws:ssm:${c.region}:${c.accountId}:patchbaseline/${b.BaselineId}`));
    return fail(`No custom SSM patch baseline in ${c.accountId} ${c.region}: its instances are patched by AWS's default baselines, if at all`);
  },
});
