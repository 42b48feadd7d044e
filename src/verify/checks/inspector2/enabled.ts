import { defineCheck, fail, notApplicable, pass } from "../define.js";
import { nothingToProtect } from "../subjects.js";

export default defineCheck({
  id: "inspector2.enabled",
  scope: "region",
  async run(c) {
    const none = await nothingToProtect(c, ["EC2 instances", "ECR repositories", "Lambda functions"], "Amazon Inspector has nothing to scan here");
    if (none) return notApplicable(none);
    const state = c.need((await c.data("inspector2", c.region)).accountStatus);
    const status = state?.state?.status ?? "DISABLED";
    return status === "ENABLED" ? pass(`Amazon Inspector is enabled in ${c.accountId} ${c.region}`, [`arn:aws:inspector2:${c.region}:${c.accountId}:account-status`]) : fail(`Amazon Inspector is ${status.toLowerCase()} in ${c.accountId} ${c.region}`);
  },
});
