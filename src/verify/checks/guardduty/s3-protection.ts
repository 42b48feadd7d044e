import { defineCheck } from "../define.js";
import { detectorFeature } from "./feature.js";

export default defineCheck({
  id: "guardduty.s3-protection",
  scope: "region",
  run: (c) => detectorFeature(c, ["S3_DATA_EVENTS"], "S3 Protection"),
});
