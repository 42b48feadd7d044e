import { coversAction } from "../../policy.js";
import { defineCheck } from "../define.js";
import { scpCoverage } from "./scp-coverage.js";

export default defineCheck({
  id: "org.scp-deny-leave-org",
  scope: "org",
  async run(c) {
    return scpCoverage(c, "denies organizations:LeaveOrganization", (s) => s.Effect === "Deny" && coversAction(s, "organizations:LeaveOrganization"));
  },
});
