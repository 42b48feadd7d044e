import { conditionValues } from "../../policy.js";
import { defineCheck } from "../define.js";
import { scpCoverage } from "./scp-coverage.js";

export default defineCheck({
  id: "org.scp-region-deny",
  scope: "org",
  async run(c) {
    return scpCoverage(c, "denies requests outside the approved regions", (s) => s.Effect === "Deny" && conditionValues(s, "aws:RequestedRegion").some((v) => /^StringNot/i.test(v)));
  },
});
