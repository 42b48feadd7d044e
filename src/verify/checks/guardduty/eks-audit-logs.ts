import { defineCheck } from "../define.js";
import { detectorFeature } from "./feature.js";

export default defineCheck({
  id: "guardduty.eks-audit-logs",
  scope: "region",
  run: (c) => detectorFeature(c, ["EKS_AUDIT_LOGS"], "EKS Protection (audit log monitoring)"),
});
