import { defineCheck, fail, notApplicable, pass } from "../define.js";
import { runningInstances } from "./instances.js";

/** Session Manager replaces SSH only if what people type in sessions is kept: to S3 or CloudWatch Logs. */
export default defineCheck({
  id: "ssm.session-logging",
  scope: "region",
  async run(c) {
    if (!(await runningInstances(c)).length) return notApplicable(`No running EC2 instances in ${c.accountId} ${c.region} to open sessions to`);
    const prefs = c.need((await c.data("ssmInstances", c.region)).sessionPreferences);
    const document = `arn:aws:ssm:${c.region}:${c.accountId}:document/SSM-SessionManagerRunShell`;
    if (!prefs) return fail(`Session Manager preferences are not set in ${c.accountId} ${c.region}: sessions are not logged`);
    const targets = [prefs.s3BucketName && `S3 bucket ${prefs.s3BucketName}`, prefs.cloudWatchLogGroupName && `log group ${prefs.cloudWatchLogGroupName}`].filter(Boolean);
    if (targets.length) return pass(`Session Manager logs sessions in ${c.region} to ${targets.join(" and ")}`, [document]);
    return fail(`Session Manager preferences in ${c.accountId} ${c.region} send session logs nowhere (no S3 bucket or CloudWatch log group)`, [document]);
  },
});
