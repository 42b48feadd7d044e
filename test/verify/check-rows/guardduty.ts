import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const detector = (status: string, features: Record<string, string>) => ({ id: "d1", status, features });
const served = (...detectors: ReturnType<typeof detector>[]): FakeData => ({ guardduty: { detectors: ok(detectors) } });
const DETECTOR = `arn:aws:guardduty:eu-west-1:${ACCOUNT}:detector/d1`;

const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources: string[]): CheckRow => ({ check, name, data, status, resources });

export default {
  rows: [
    row("guardduty.runtime-monitoring", "runtime monitoring on", served(detector("ENABLED", { RUNTIME_MONITORING: "ENABLED" })), "pass", [DETECTOR]),
    row("guardduty.runtime-monitoring", "EKS runtime monitoring on", served(detector("ENABLED", { EKS_RUNTIME_MONITORING: "ENABLED" })), "pass", [DETECTOR]),
    row("guardduty.runtime-monitoring", "only malware protection", served(detector("ENABLED", { RUNTIME_MONITORING: "DISABLED", EBS_MALWARE_PROTECTION: "ENABLED" })), "fail", [DETECTOR]),
    row("guardduty.runtime-monitoring", "detector suspended", served(detector("DISABLED", { RUNTIME_MONITORING: "ENABLED" })), "fail", []),
    row("guardduty.runtime-monitoring", "no detector", served(), "fail", []),
    row("guardduty.runtime-monitoring", "detectors unreadable", { guardduty: { detectors: denied("guardduty:ListDetectors") } }, "unknown", []),
    row("guardduty.malware-protection", "EBS malware protection on", served(detector("ENABLED", { EBS_MALWARE_PROTECTION: "ENABLED" })), "pass", [DETECTOR]),
    row("guardduty.malware-protection", "no plan", served(detector("ENABLED", {})), "fail", [DETECTOR]),
    row("guardduty.malware-protection", "detectors unreadable", { guardduty: { detectors: denied("guardduty:GetDetector") } }, "unknown", []),
  ],
  alwaysApplicable: { "guardduty.runtime-monitoring": "every account and region has a GuardDuty state; no detector is a fail" },
} satisfies RowFile;
