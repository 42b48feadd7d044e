import { defineCheck, fail, notApplicable, pass } from "../define.js";
import { nothingToProtect } from "../subjects.js";

export default defineCheck({
  id: "inspector2.ecr-ec2-coverage",
  scope: "region",
  async run(c) {
    const none = await nothingToProtect(c, ["EC2 instances", "ECR repositories"], "Amazon Inspector has no instance or image to scan here");
    if (none) return notApplicable(none);
    const state = c.need((await c.data("inspector2", c.region)).accountStatus);
    const missing = (["ec2", "ecr"] as const).filter((k) => state?.resourceState?.[k]?.status !== "ENABLED");
    if (!missing.length) return pass(`Amazon Inspector scans both EC2 instances and ECR images in ${c.region}`, [`arn:aws:inspector2:${c.region}:${c.accountId}:coverage`]);
    return fail(`Amazon Inspector does not scan ${missing.map((m) => m.toUpperCase()).join(" or ")} in ${c.accountId} ${c.region}`);
  },
});
