import { defineCheck, notApplicable } from "../define.js";
import { nothingToProtect } from "../subjects.js";
import { detectorFeature } from "./feature.js";

export default defineCheck({
  id: "guardduty.eks-audit-logs",
  scope: "region",
  async run(c) {
    const none = await nothingToProtect(c, ["EKS clusters"], "no audit log for EKS Protection to watch");
    return none ? notApplicable(none) : detectorFeature(c, ["EKS_AUDIT_LOGS"], "EKS Protection (audit log monitoring)");
  },
});
