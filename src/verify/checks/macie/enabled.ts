import { defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "macie.enabled",
  scope: "region",
  async run(c) {
    const status = c.need((await c.data("macie2", c.region)).status);
    return status === "ENABLED" ? pass(`Amazon Macie is enabled in ${c.accountId} ${c.region}`, [`arn:aws:macie2:${c.region}:${c.accountId}:session`]) : fail(`Amazon Macie is ${status.toLowerCase()} in ${c.accountId} ${c.region}: sensitive data in S3 is not discovered`);
  },
});
