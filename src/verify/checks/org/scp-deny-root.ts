import { conditionValues } from "../../policy.js";
import { defineCheck } from "../define.js";
import { scpCoverage } from "./scp-coverage.js";

export default defineCheck({
  id: "org.scp-deny-root",
  scope: "org",
  async run(c) {
    return scpCoverage(c, "denies actions by the root user", (s) => s.Effect === "Deny" && conditionValues(s, "aws:PrincipalArn").some((v) => /:root$/.test(v)));
  },
});
