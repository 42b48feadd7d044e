import { defineCheck, fail, few, pass } from "../define.js";
import { trailName, trailsFor } from "./trails.js";

export default defineCheck({
  id: "cloudtrail.multi-region",
  scope: "account",
  async run(c) {
    const { trails } = await trailsFor(c);
    const multi = trails.filter((t) => t.trail.IsMultiRegionTrail && t.isLogging);
    if (multi.length) return pass(`${c.accountId} is recorded in every region by ${few(multi.map(trailName))}`, multi.map((t) => t.trail.TrailARN ?? ""));
    return fail(trails.length ? `No logging multi-region CloudTrail trail records ${c.accountId} (only ${few(trails.map(trailName))})` : `No CloudTrail trail records ${c.accountId}`);
  },
});
