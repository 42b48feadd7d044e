import { defineCheck, notApplicable } from "../define.js";
import { nothingToProtect } from "../subjects.js";
import { detectorFeature } from "./feature.js";

export default defineCheck({
  id: "guardduty.s3-protection",
  scope: "region",
  async run(c) {
    const none = await nothingToProtect(c, ["S3 buckets"], "no bucket for S3 Protection to watch");
    return none ? notApplicable(none) : detectorFeature(c, ["S3_DATA_EVENTS"], "S3 Protection");
  },
});
