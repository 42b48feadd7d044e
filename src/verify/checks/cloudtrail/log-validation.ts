import { count, defineCheck, fail, few, pass } from "../define.js";
import { trailName, trailsFor } from "./trails.js";

export default defineCheck({
  id: "cloudtrail.log-validation",
  scope: "account",
  async run(c) {
    const { trails } = await trailsFor(c);
    if (!trails.length) return fail(`No CloudTrail trail records ${c.accountId}, so no log is integrity-protected`);
    const plain = trails.filter((t) => !t.trail.LogFileValidationEnabled);
    if (!plain.length) return pass(`All ${count(trails.length, "trail")} recording ${c.accountId} validate their log files`, trails.map((t) => t.trail.TrailARN ?? ""));
    return fail(`${count(plain.length, "trail")} recording ${c.accountId} ${plain.length === 1 ? "does" : "do"} not validate log files: ${few(plain.map(trailName))}`, plain.map((t) => t.trail.TrailARN ?? ""));
  },
});
