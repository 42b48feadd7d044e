import { coversAction } from "../../policy.js";
import { defineCheck } from "../define.js";
import { scpCoverage } from "./scp-coverage.js";

/** The actions an intruder uses first to go dark; an SCP guardrail must deny all of them. */
export const TAMPER_ACTIONS = ["cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "guardduty:DeleteDetector", "config:StopConfigurationRecorder", "config:DeleteConfigurationRecorder"];

export default defineCheck({
  id: "org.scp-protect-security-services",
  scope: "org",
  async run(c) {
    // Every tamper action must be denied by some statement of the same SCP set.
    return scpCoverage(c, `denies ${TAMPER_ACTIONS.join(", ")}`, (s) => s.Effect === "Deny" && TAMPER_ACTIONS.every((a) => coversAction(s, a)));
  },
});
