import { defineCheck, fail, notApplicable, pass } from "../define.js";

/** The account default makes every new instance require IMDSv2 unless its launch says otherwise (ec2.imdsv2-required covers running ones). */
export default defineCheck({
  id: "ec2.imdsv2-default",
  scope: "region",
  async run(c) {
    const running = c.need((await c.data("ec2", c.region)).instances).filter((i) => i.State?.Name === "running");
    if (!running.length) return notApplicable(`No running EC2 instances in ${c.accountId} ${c.region}`);
    const defaults = c.need((await c.data("launchDefaults", c.region)).metadataDefaults);
    const where = `arn:aws:ec2:${c.region}:${c.accountId}:instance-metadata-defaults`;
    if (defaults.HttpTokens === "required") return pass(`New instances in ${c.accountId} ${c.region} require IMDSv2 by account default`, [where]);
    return fail(`The account default for instance metadata in ${c.accountId} ${c.region} is ${defaults.HttpTokens ? `HttpTokens ${defaults.HttpTokens}` : "no preference (each AMI decides)"}: new instances may accept IMDSv1`, [where]);
  },
});
