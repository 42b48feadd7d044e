import { defineCheck, notApplicable } from "../define.js";
import { nothingToProtect } from "../subjects.js";
import { detectorFeature } from "./feature.js";

export default defineCheck({
  id: "guardduty.runtime-monitoring",
  scope: "region",
  async run(c) {
    const none = await nothingToProtect(c, ["EC2 instances", "EKS clusters", "ECS task definitions"], "no workload for Runtime Monitoring to watch");
    // EKS_RUNTIME_MONITORING is the plan's older, EKS-only name; either one watches workloads at run time.
    return none ? notApplicable(none) : detectorFeature(c, ["RUNTIME_MONITORING", "EKS_RUNTIME_MONITORING"], "Runtime Monitoring");
  },
});
