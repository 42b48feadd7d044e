import { defineCheck } from "../define.js";
import { detectorFeature } from "./feature.js";

export default defineCheck({
  id: "guardduty.runtime-monitoring",
  scope: "region",
  // EKS_RUNTIME_MONITORING is the plan's older, EKS-only name; either one watches workloads at run time.
  run: (c) => detectorFeature(c, ["RUNTIME_MONITORING", "EKS_RUNTIME_MONITORING"], "Runtime Monitoring"),
});
