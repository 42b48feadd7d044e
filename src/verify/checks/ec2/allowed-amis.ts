import { defineCheck, fail, notApplicable, pass } from "../define.js";

/** EC2 Allowed AMIs restricts which image providers instances may launch from; audit mode only reports. */
export default defineCheck({
  id: "ec2.allowed-amis",
  scope: "region",
  async run(c) {
    // Where nothing runs, no image's provenance is at stake (and the setting is not asked for).
    const running = c.need((await c.data("ec2", c.region)).instances).filter((i) => i.State?.Name === "running");
    if (!running.length) return notApplicable(`No running EC2 instances in ${c.accountId} ${c.region}`);
    const setting = c.need((await c.data("launchDefaults", c.region)).allowedImages);
    const where = `arn:aws:ec2:${c.region}:${c.accountId}:allowed-images-settings`;
    const providers = setting.criteria.flatMap((k) => k.ImageProviders ?? []);
    if (setting.state === "enabled" && setting.criteria.length) return pass(`Allowed AMIs is enforced in ${c.accountId} ${c.region} (providers: ${providers.join(", ") || "by criteria"})`, [where]);
    return fail(`Allowed AMIs is ${setting.state === "enabled" ? "enabled without criteria" : setting.state} in ${c.accountId} ${c.region}: instances can launch from any AMI they can see`, [where]);
  },
});
