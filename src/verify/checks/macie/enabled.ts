import { defineCheck, fail, notApplicable, pass } from "../define.js";
import { nothingToProtect } from "../subjects.js";

export default defineCheck({
  id: "macie.enabled",
  scope: "region",
  async run(c) {
    // Macie inspects the buckets of its own region: where there are none its status proves nothing, so it is not read.
    const none = await nothingToProtect(c, ["S3 buckets"], "Amazon Macie has nothing to inspect here");
    if (none) return notApplicable(none);
    const status = c.need((await c.data("macie2", c.region)).status);
    return status === "ENABLED" ? pass(`Amazon Macie is enabled in ${c.accountId} ${c.region}`, [`arn:aws:macie2:${c.region}:${c.accountId}:session`]) : fail(`Amazon Macie is ${status.toLowerCase()} in ${c.accountId} ${c.region}: sensitive data in S3 is not discovered`);
  },
});
