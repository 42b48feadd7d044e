// The data, monitoring and automation modules (kms-customer-keys ... incident-runbooks): properties
// the generic validators cannot see - one source of truth for the SSM documents, runbook structure,
// one module block per region, tailoring to the selected modules, and the org name read back exactly.
import { parse as parseHcl } from "@cdktf/hcl2json";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { CFN_TAGS } from "../../src/render/cfn-yaml.js";
import type { RenderResult } from "../../src/render/render.js";
import { HOSTILE_NAME, org, renderProfile } from "../helpers/render-profiles.js";
import { textOf } from "../helpers/validators/index.js";

const REGIONS = ["eu-west-1", "us-east-1", "ap-southeast-2"];
const RUNBOOK_SECTIONS = ["Triage", "Containment", "Eradication", "Recovery", "Evidence to keep"];

let tf: RenderResult;
let cfn: RenderResult;
let noThreatDetection: RenderResult;

const text = (r: RenderResult, path: string): string => {
  const c = r.tree.get(path);
  if (c === undefined) throw new Error(`${path} was not rendered; rendered: ${[...r.tree.keys()].filter((p) => p.includes(path.split("/")[0]!)).join(", ")}`);
  return textOf(c);
};
const cfnTemplate = (r: RenderResult, path: string) => parseYaml(text(r, path), { customTags: CFN_TAGS }) as { Parameters: Record<string, { Default?: unknown }>; Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };

beforeAll(async () => {
  tf = await renderProfile({ name: "r3-tf", org: org({ name: HOSTILE_NAME, regions: REGIONS, homeRegion: "eu-west-1" }), stage: "traditional" });
  cfn = await renderProfile({ name: "r3-cfn", org: org({ name: HOSTILE_NAME, iac: "cloudformation", regions: REGIONS, homeRegion: "eu-west-1" }), stage: "traditional" });
  noThreatDetection = await renderProfile({
    name: "r3-tf-no-guardduty",
    org: org(),
    // guardduty-org also delivers centralized malware protection (devices.threat-protection).
    stage: (c) => (c === "monitoring.threat-detection" || c === "devices.threat-protection" ? "optimal" : "traditional"),
  });
}, 120_000);

describe("SSM Automation documents", () => {
  it("are inlined in the CloudFormation detections template exactly as written to runbooks/ssm", () => {
    const template = cfnTemplate(cfn, "cloudformation/monitoring/incident-runbooks-detections.yaml");
    const documents = Object.values(template.Resources).filter((r) => r.Type === "AWS::SSM::Document");
    expect(documents.map((d) => d.Properties.Name).sort()).toEqual([
      "ZeroTrust-BlockS3BucketPublicAccess",
      "ZeroTrust-DisableAccessKey",
      "ZeroTrust-RestartCloudTrailLogging",
      "ZeroTrust-RevokeOpenSecurityGroupIngress",
    ]);
    for (const d of documents) expect(d.Properties.Content, String(d.Properties.Name)).toEqual(JSON.parse(text(cfn, `runbooks/ssm/${String(d.Properties.Name)}.json`)));
  });

  it("are the files the Terraform module reads, one per document name", async () => {
    const main = text(tf, "terraform/modules/incident-runbooks/main.tf");
    expect(main).toContain('file("${path.module}/../../../runbooks/ssm/${each.key}.json")');
    const hcl = (await parseHcl("main.tf", main)) as { locals: { documents: Record<string, string> }[] };
    for (const name of Object.keys(hcl.locals[0]!.documents)) expect(tf.tree.has(`runbooks/ssm/${name}.json`), name).toBe(true);
  });

  it("keep SSM's own {{ parameter }} references", () => {
    const doc = JSON.parse(text(tf, "runbooks/ssm/ZeroTrust-DisableAccessKey.json")) as { assumeRole: string };
    expect(doc.assumeRole).toBe("{{ AutomationAssumeRole }}");
  });
});

describe("runbooks", () => {
  it("have triage, containment, eradication, recovery and evidence sections, in that order", () => {
    const runbooks = ["root-user-login", "guardduty-high-severity-finding", "public-s3-bucket", "cloudtrail-logging-stopped", "compromised-access-key", "guardrail-change", "security-group-open-to-world", "kms-key-compromise"];
    for (const name of runbooks) {
      const headings = text(tf, `runbooks/${name}.md`)
        .split("\n")
        .filter((l) => l.startsWith("## "))
        .map((l) => l.slice(3));
      expect(headings, name).toEqual(RUNBOOK_SECTIONS);
    }
  });

  it("escape the organization name as Markdown text", () => {
    const line = text(tf, "runbooks/root-user-login.md").split("\n")[2]!;
    expect(line).toContain("Acme \"Ops\" \\{\\{x\\}\\} \\$\\{y\\}");
    expect(line).not.toContain("\n'");
  });
});

describe("regional services", () => {
  it("get one Terraform module block per region in use, on that region's provider", async () => {
    for (const [path, prefix] of [
      ["terraform/live/security/guardduty-org.tf", "guardduty_org"],
      ["terraform/live/member/ebs-default-encryption.tf", "ebs_default_encryption"],
      ["terraform/live/management/delegated-admins.tf", "delegated_admins"],
    ] as const) {
      const hcl = (await parseHcl(path, text(tf, path))) as { module: Record<string, { providers: Record<string, string> }[]> };
      const blocks = Object.entries(hcl.module).filter(([name]) => name.startsWith(prefix));
      expect(blocks.map(([name]) => name).sort(), path).toEqual(REGIONS.map((r) => `${prefix}_${r.replace(/-/g, "_")}`).sort());
      for (const [name, [block]] of blocks) expect(block!.providers.aws, name).toBe(`\${aws.${name.slice(prefix.length + 1)}}`);
    }
  });

  it("pass the regions to the CloudFormation custom resources", () => {
    const template = cfnTemplate(cfn, "cloudformation/monitoring/guardduty-org.yaml");
    expect(template.Parameters.Regions!.Default).toBe(REGIONS.join(","));
  });

  it("aggregate Security Hub findings of the other regions into the home region", () => {
    const template = cfnTemplate(cfn, "cloudformation/monitoring/security-hub-org.yaml");
    expect(template.Resources.FindingAggregator!.Properties.Regions).toEqual(["us-east-1", "ap-southeast-2"]);
  });
});

describe("tailoring to the selected modules", () => {
  it("adds the GuardDuty runbook, alert and Config rule only with guardduty-org", () => {
    expect(tf.tree.has("runbooks/guardduty-high-severity-finding.md")).toBe(true);
    expect(text(tf, "terraform/live/security/config-recorder-rules.tf")).toContain("guardduty_central_account = var.security_account_id");
    expect(text(tf, "terraform/live/security/incident-runbooks.tf")).toContain("watch_guardduty = true");

    expect(noThreatDetection.tree.has("terraform/live/security/guardduty-org.tf")).toBe(false);
    expect(noThreatDetection.tree.has("runbooks/guardduty-high-severity-finding.md")).toBe(false);
    expect(text(noThreatDetection, "terraform/live/security/config-recorder-rules.tf")).toContain("guardduty_central_account = null");
    expect(text(noThreatDetection, "terraform/live/security/incident-runbooks.tf")).toContain("watch_guardduty = false");
  });

  it("watches us-east-1 from the management account when it is not a region in use", () => {
    expect(text(noThreatDetection, "terraform/live/management/incident-runbooks.tf")).toContain('module "incident_runbooks_global_events"');
    expect(text(tf, "terraform/live/management/incident-runbooks.tf")).not.toContain("incident_runbooks_global_events");
  });
});

describe("the organization name", () => {
  it("reaches CloudFormation through parameters.json only (no template default for cfn-lint to misread), exactly", () => {
    expect(cfnTemplate(cfn, "cloudformation/data/kms-customer-keys.yaml").Parameters.OrgName!.Default).toBeUndefined();
    expect(cfnTemplate(cfn, "cloudformation/monitoring/cloudtrail-org-trail.yaml").Parameters.OrgName!.Default).toBeUndefined();
    expect(JSON.parse(text(cfn, "cloudformation/parameters.json")).OrgName).toBe(HOSTILE_NAME);
  });
});
