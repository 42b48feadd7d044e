import type { Evidence, Finding, Severity } from "../../model/evidence.js";

/**
 * OCSF 1.1 Compliance Finding records (class 2003) for Security Lake or any OCSF pipeline into
 * Security Hub: one record per finding, with the check as the compliance control.
 */
const SEVERITY_ID: Record<Severity, number> = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 };
const COMPLIANCE: Record<Finding["status"], { status_id: number; status: string }> = {
  pass: { status_id: 1, status: "Pass" },
  fail: { status_id: 3, status: "Fail" },
  "not-applicable": { status_id: 99, status: "Not Applicable" },
  unknown: { status_id: 0, status: "Unknown" },
  error: { status_id: 99, status: "Other" },
};

export function toOcsf(e: Evidence): object[] {
  const time = Date.parse(e.generatedAt);
  return e.findings.map((f) => ({
    class_uid: 2003,
    class_name: "Compliance Finding",
    category_uid: 2,
    category_name: "Findings",
    activity_id: 1,
    activity_name: "Create",
    type_uid: 200301,
    type_name: "Compliance Finding: Create",
    time,
    severity_id: SEVERITY_ID[f.severity],
    severity: f.severity[0]!.toUpperCase() + f.severity.slice(1),
    status_id: 1,
    status: "New",
    message: f.detail,
    metadata: { version: "1.1.0", product: { name: e.tool.name, vendor_name: "create-zero-trust", version: e.tool.version }, uid: f.id },
    finding_info: { uid: f.id, title: f.checkId, desc: f.detail, types: [`zero-trust/${f.pillar}/${f.capability}`], created_time: time },
    compliance: { control: f.checkId, standards: ["create-zero-trust", `CISA ZTMM v2.0 ${f.pillar}`], ...COMPLIANCE[f.status] },
    cloud: { provider: "AWS", account: { uid: f.accountId, type: "AWS Account" }, region: f.region === "global" ? undefined : f.region },
    resources: f.resources.map((uid) => ({ uid, cloud_partition: "aws", region: f.region === "global" ? undefined : f.region, owner: { account: { uid: f.accountId } } })),
    remediation: { desc: f.remediation.text, references: [f.remediation.doc] },
    unmapped: { pillar: f.pillar, capability: f.capability, calls: f.calls, finding_status: f.status, ...(f.remediation.module ? { template_module: f.remediation.module } : {}) },
  }));
}
