import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { CheckRow, RowFile } from "./row.js";

const detector = (status: string, features: Record<string, string>) => ({ id: "d1", status, features });
const served = (...detectors: ReturnType<typeof detector>[]): FakeData => ({ guardduty: { detectors: ok(detectors) } });
/** Malware Protection for EC2 looks at the region's running instances first. */
const withInstance = (data: FakeData): FakeData => ({ ...data, ec2: { instances: ok([{ InstanceId: "i-1", State: { Name: "running" } }]) } });
/** Runtime Monitoring, S3 Protection and EKS Protection watch workloads, buckets and clusters: a region holding each. */
const watched = (data: FakeData): FakeData => place(HOLDING.instance, HOLDING.bucketHere, { eks: { clusters: ok([{ name: "k" }]) } }, data);
const DETECTOR = `arn:aws:guardduty:eu-west-1:${ACCOUNT}:detector/d1`;

const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources: string[]): CheckRow => ({ check, name, data, status, resources });

export default {
  rows: [
    row("guardduty.runtime-monitoring", "runtime monitoring on", watched(served(detector("ENABLED", { RUNTIME_MONITORING: "ENABLED" }))), "pass", [DETECTOR]),
    row("guardduty.runtime-monitoring", "EKS runtime monitoring on", watched(served(detector("ENABLED", { EKS_RUNTIME_MONITORING: "ENABLED" }))), "pass", [DETECTOR]),
    row("guardduty.runtime-monitoring", "only malware protection", watched(served(detector("ENABLED", { RUNTIME_MONITORING: "DISABLED", EBS_MALWARE_PROTECTION: "ENABLED" }))), "fail", [DETECTOR]),
    row("guardduty.runtime-monitoring", "detector suspended", watched(served(detector("DISABLED", { RUNTIME_MONITORING: "ENABLED" }))), "fail", []),
    row("guardduty.runtime-monitoring", "no detector", watched(served()), "fail", []),
    row("guardduty.runtime-monitoring", "no workload, no detector", place(served()), "not-applicable", []),
    row("guardduty.runtime-monitoring", "detectors unreadable", watched({ guardduty: { detectors: denied("guardduty:ListDetectors") } }), "unknown", []),
    row("guardduty.malware-protection", "EBS malware protection on", withInstance(served(detector("ENABLED", { EBS_MALWARE_PROTECTION: "ENABLED" }))), "pass", [DETECTOR]),
    row("guardduty.malware-protection", "no plan", withInstance(served(detector("ENABLED", {}))), "fail", [DETECTOR]),
    row("guardduty.malware-protection", "no running instances", { ec2: { instances: ok([{ InstanceId: "i-1", State: { Name: "stopped" } }]) } }, "not-applicable", []),
    row("guardduty.malware-protection", "detectors unreadable", withInstance({ guardduty: { detectors: denied("guardduty:GetDetector") } }), "unknown", []),
    row("guardduty.enabled", "enabled detector", served(detector("ENABLED", {})), "pass", [DETECTOR]),
    row("guardduty.enabled", "detector suspended", served(detector("DISABLED", {})), "fail", []),
    row("guardduty.enabled", "no detector", served(), "fail", []),
    row("guardduty.enabled", "detectors unreadable", { guardduty: { detectors: denied("guardduty:ListDetectors") } }, "unknown", []),
    row("guardduty.s3-protection", "S3 data events on", watched(served(detector("ENABLED", { S3_DATA_EVENTS: "ENABLED" }))), "pass", [DETECTOR]),
    row("guardduty.s3-protection", "S3 data events off", watched(served(detector("ENABLED", { S3_DATA_EVENTS: "DISABLED", EKS_AUDIT_LOGS: "ENABLED" }))), "fail", [DETECTOR]),
    row("guardduty.s3-protection", "no detector", watched(served()), "fail", []),
    row("guardduty.s3-protection", "buckets only in another region", place(HOLDING.bucketElsewhere, served()), "not-applicable", []),
    row("guardduty.s3-protection", "detectors unreadable", watched({ guardduty: { detectors: denied("guardduty:GetDetector", "error") } }), "error", []),
    row("guardduty.eks-audit-logs", "EKS audit logs on", watched(served(detector("ENABLED", { EKS_AUDIT_LOGS: "ENABLED" }))), "pass", [DETECTOR]),
    row("guardduty.eks-audit-logs", "only S3 protection", watched(served(detector("ENABLED", { S3_DATA_EVENTS: "ENABLED" }))), "fail", [DETECTOR]),
    row("guardduty.eks-audit-logs", "no cluster", place(HOLDING.instance, served(detector("ENABLED", {}))), "not-applicable", []),
    row("guardduty.eks-audit-logs", "detectors unreadable", watched({ guardduty: { detectors: denied("guardduty:GetDetector") } }), "unknown", []),
    row("guardduty.org-admin", "enabled administrator", { guarddutyAdmins: { organizationAdmins: ok([{ AdminAccountId: "222233334444", AdminStatus: "ENABLED" }]) } }, "pass", ["222233334444"]),
    row("guardduty.org-admin", "administrator being removed", { guarddutyAdmins: { organizationAdmins: ok([{ AdminAccountId: "222233334444", AdminStatus: "DISABLE_IN_PROGRESS" }]) } }, "fail", []),
    row("guardduty.org-admin", "administrators unreadable", { guarddutyAdmins: { organizationAdmins: denied("guardduty:ListOrganizationAdminAccounts") } }, "unknown", []),
  ],
  alwaysApplicable: {
    "guardduty.enabled": "every region has a GuardDuty setting: a detector is enabled, suspended or absent",
    "guardduty.org-admin": "every region has a GuardDuty administrator setting for the organization, set or not",
  },
} satisfies RowFile;
