import type { Instance } from "@aws-sdk/client-ec2";
import type { InstanceInformation, ResourceComplianceSummaryItem } from "@aws-sdk/client-ssm";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { SessionPreferences } from "../../../src/verify/collect/devices.js";
import type { RowFile } from "./row.js";

const running = (...ids: string[]): Instance[] => ids.map((InstanceId) => ({ InstanceId, State: { Name: "running" } }));
const arn = (id: string) => `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/${id}`;
const patch = (ResourceId: string, Status = "COMPLIANT", OverallSeverity = "UNSPECIFIED"): ResourceComplianceSummaryItem => ({ ResourceId, ResourceType: "ManagedInstance", ComplianceType: "Patch", Status, OverallSeverity }) as ResourceComplianceSummaryItem;
const fleet = (instances: Instance[], managed: string[] = [], compliance: ResourceComplianceSummaryItem[] = [], prefs: SessionPreferences | null = null): FakeData => ({
  ec2: { instances: ok(instances) },
  ssmInstances: { managedInstances: ok(managed.map((InstanceId): InstanceInformation => ({ InstanceId, PingStatus: "Online" }))), patchCompliance: ok(compliance), sessionPreferences: ok(prefs) },
});
const ssmUnreadable = (instances: Instance[]): FakeData => ({
  ec2: { instances: ok(instances) },
  ssmInstances: { managedInstances: denied("ssm:DescribeInstanceInformation"), patchCompliance: denied("ssm:ListResourceComplianceSummaries"), sessionPreferences: denied("ssm:GetDocument") },
});
const baselines = (names: string[], instances: Instance[] = []): FakeData => ({ ssm: { customPatchBaselines: ok(names.map((n) => ({ BaselineId: `pb-${n}`, BaselineName: n, DefaultBaseline: n === "linux" }))) }, ec2: { instances: ok(instances) } });

export default {
  rows: [
    { name: "only stopped instances", check: "ssm.managed-instances", data: fleet([{ InstanceId: "i-1", State: { Name: "stopped" } }]), status: "not-applicable" },
    { name: "all managed", check: "ssm.managed-instances", data: fleet(running("i-1", "i-2"), ["i-1", "i-2", "mi-onprem"]), status: "pass", resources: [arn("i-1"), arn("i-2")] },
    { name: "one unmanaged", check: "ssm.managed-instances", data: fleet(running("i-1", "i-2"), ["i-1"]), status: "fail", detail: /not managed by Systems Manager: i-2/, resources: [arn("i-2")] },
    { name: "SSM unreadable", check: "ssm.managed-instances", data: ssmUnreadable(running("i-1")), status: "unknown" },
    { name: "instances unreadable", check: "ssm.managed-instances", data: { ec2: { instances: denied("ec2:DescribeInstances") } }, status: "unknown" },

    { name: "no instances", check: "ssm.patch-reporting", data: fleet([]), status: "not-applicable" },
    { name: "all report", check: "ssm.patch-reporting", data: fleet(running("i-1"), ["i-1"], [patch("i-1", "NON_COMPLIANT")]), status: "pass", resources: [arn("i-1")] },
    { name: "one silent", check: "ssm.patch-reporting", data: fleet(running("i-1", "i-2"), ["i-1", "i-2"], [patch("i-1")]), status: "fail", resources: [arn("i-2")] },
    { name: "unreadable", check: "ssm.patch-reporting", data: ssmUnreadable(running("i-1")), status: "unknown" },

    { name: "no instances", check: "ssm.patch-compliance", data: fleet([]), status: "not-applicable" },
    { name: "no instance reports", check: "ssm.patch-compliance", data: fleet(running("i-1"), ["i-1"], [patch("i-gone", "NON_COMPLIANT")]), status: "not-applicable" },
    { name: "compliant", check: "ssm.patch-compliance", data: fleet(running("i-1", "i-2"), [], [patch("i-1")]), status: "pass", resources: [arn("i-1")] },
    { name: "critical patches missing", check: "ssm.patch-compliance", data: fleet(running("i-1", "i-2"), [], [patch("i-1"), patch("i-2", "NON_COMPLIANT", "CRITICAL")]), status: "fail", detail: /i-2 \(critical\)/, resources: [arn("i-2")] },
    { name: "unreadable", check: "ssm.patch-compliance", data: ssmUnreadable(running("i-1")), status: "unknown" },

    { name: "no instances", check: "ssm.session-logging", data: fleet([]), status: "not-applicable" },
    { name: "logged to S3", check: "ssm.session-logging", data: fleet(running("i-1"), [], [], { s3BucketName: "sessions", cloudWatchLogGroupName: "" }), status: "pass", detail: /S3 bucket sessions/, resources: [`arn:aws:ssm:eu-west-1:${ACCOUNT}:document/SSM-SessionManagerRunShell`] },
    { name: "preferences without a destination", check: "ssm.session-logging", data: fleet(running("i-1"), [], [], { s3BucketName: "", cloudWatchLogGroupName: "" }), status: "fail", detail: /nowhere/ },
    { name: "no preferences", check: "ssm.session-logging", data: fleet(running("i-1")), status: "fail", detail: /not set/ },
    { name: "unreadable", check: "ssm.session-logging", data: ssmUnreadable(running("i-1")), status: "unknown" },

    { name: "custom baselines", check: "ssm.patch-baselines", data: baselines(["linux", "windows"], running("i-1")), status: "pass", detail: /linux \(default\), windows/, resources: [`arn:aws:ssm:eu-west-1:${ACCOUNT}:patchbaseline/pb-linux`, `arn:aws:ssm:eu-west-1:${ACCOUNT}:patchbaseline/pb-windows`] },
    { name: "instances on AWS defaults", check: "ssm.patch-baselines", data: baselines([], running("i-1")), status: "fail" },
    { name: "baselines but nothing to patch", check: "ssm.patch-baselines", data: baselines(["linux"]), status: "not-applicable" },
    { name: "baselines unreadable", check: "ssm.patch-baselines", data: { ...baselines([], running("i-1")), ssm: { customPatchBaselines: denied("ssm:DescribePatchBaselines") } }, status: "unknown" },
  ],
} satisfies RowFile;
