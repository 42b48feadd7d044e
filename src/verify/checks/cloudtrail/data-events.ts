import { defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { trailName, trailsFor } from "./trails.js";

/** Data events (S3 object reads and writes, Lambda invocations) show what was done to sensitive data, not just to its configuration. */
export default defineCheck({
  id: "cloudtrail.data-events",
  scope: "account",
  async run(c) {
    const { trails } = await trailsFor(c);
    const logging = trails.filter((t) => t.isLogging);
    if (!logging.length) return notApplicable(`No logging CloudTrail trail records ${c.accountId} (cloudtrail.logging reports that)`);
    const recording = logging.filter((t) => c.need(t.dataEvents).length);
    if (recording.length) return pass(`${c.accountId}'s data events are recorded by ${few(recording.map((t) => `${trailName(t)}: ${few(c.need(t.dataEvents), 3)}`))}`, recording.map((t) => t.trail.TrailARN ?? ""));
    return fail(`No trail recording ${c.accountId} logs data events (S3 objects, Lambda functions): ${few(logging.map(trailName))} record management events only`, logging.map((t) => t.trail.TrailARN ?? ""));
  },
});
