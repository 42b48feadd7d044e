import { count, defineCheck, fail, few, pass } from "../define.js";
import { trailName, trailsFor } from "./trails.js";

export default defineCheck({
  id: "cloudtrail.logging",
  scope: "account",
  async run(c) {
    const { trails } = await trailsFor(c);
    if (!trails.length) return fail(`No CloudTrail trail records ${c.accountId}`);
    const stopped = trails.filter((t) => !t.isLogging);
    if (!stopped.length) return pass(`All ${count(trails.length, "trail")} recording ${c.accountId} are logging`, trails.map((t) => t.trail.TrailARN ?? ""));
    return fail(`${count(stopped.length, "trail")} recording ${c.accountId} ${stopped.length === 1 ? "is" : "are"} stopped: ${few(stopped.map(trailName))}`, stopped.map((t) => t.trail.TrailARN ?? ""));
  },
});
