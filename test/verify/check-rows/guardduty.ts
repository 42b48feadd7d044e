import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const detector = (status: string, features: Record<string, string>) => ({ id: "d1", status, features });
const served = (...detectors: ReturnType<typeof detector>[]): FakeData => ({ guardduty: { detectors: ok(detectors) } });
/** Malware Protection for EC2 looks at the region's running instances first. */
const withInstance = (data: FakeData): FakeData => ({ ...data, ec2: { instances: ok([{ InstanceId: "i-1", State: { Name: "running" } }]) } });
const DETECTOR = `arn:aws:guardduty:eu-west-1:${ACCOUNT}:detector/d1`;

const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources: string[]): CheckRow => ({ check, name, data, status, resources });

export default {
  rows: [
    row("guardduty.runtime-monitoring", "runtime monitoring on", served(detector("ENABLED", { RUNTIME_MONITORING: "ENABLED" })), "pass", [DETECTOR]),
    row("guardduty.runtime-monitoring", "EKS runtime monitoring on", served(detector("ENABLED", { EKS_RUNTIME_MONITORING: "ENABLED" })), "pass", [DETECTOR]),
    row("guardduty.runtime-monitoring", "only malware protection", served(detector("ENABLED", { RUNTIME_MONITORING: "DISABLED", EBS_MALWARE_PROTECTION: "ENABLED" })), "fail", [DETECTOR]),
    row("guardduty.runtime-monitoring", "detector suspended", served(detector("DISABLED", { RUNTIME_MONITORING: "ENABLED" })), "fail", []),
    row("guardduty.runtime-monitoring", "no detector", served(), "fail", []),
    row("guardduty.malware-protection", "EBS malware protection on", withInstance(served(detector("ENABLED", { EBS_MALWARE_PROTECTION: "ENABLED" }))), "pass", [DETECTOR]),
    row("guardduty.malware-protection", "no plan", withInstance(served(detector("ENABLED", {}))), "fail", [DETECTOR]),
    row("guardduty.malware-protection", "no running instances", { ec2: { instances: ok([{ InstanceId: "i-1", State: { Name: "stopped" } }]) } }, "not-applicable", []),
    row("guardduty.malware-protection", "detectors unreadable", withInstance({ guardduty: { detectors: denied("guardduty:GetDetector") } }), "unknown", []),
  ],
} satisfies RowFile;
