import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadCheckCatalog } from "../../src/verify/catalog.js";
import { CHECKS, CHECKS_BY_ID } from "../../src/verify/checks/index.js";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import { loadModules } from "../../src/render/load-modules.js";
import { CATALOG_PATHS, CHECKS_DIR, QUESTIONNAIRES_DIR } from "./org.js";

/** The check ids and capabilities the team agreed on (TEAM.md); more may be added, none removed or moved. */
const AGREED: Record<string, string> = {
  "iam.root-mfa": "identity.authentication", "iam.root-access-keys": "identity.access-management", "iam.console-users-without-mfa": "identity.authentication",
  "iam.access-keys-rotated": "identity.risk-assessment", "iam.password-policy": "identity.authentication", "iam.saml-oidc-providers": "identity.identity-stores",
  "sso.identity-center-instance": "identity.identity-stores", "sso.permission-sets": "identity.access-management", "iam.admin-policies": "identity.access-management",
  "iam.users-present": "identity.identity-stores", "org.scp-deny-root": "identity.access-management",
  "ec2.imdsv2-required": "devices.policy-enforcement", "ssm.patch-baselines": "devices.policy-enforcement", "inspector2.enabled": "devices.threat-protection",
  "inspector2.ecr-ec2-coverage": "devices.asset-risk", "workspaces.managed-desktops": "devices.resource-access", "ec2.client-vpn": "devices.resource-access",
  "ec2.sg-open-admin-ports": "network.segmentation", "ec2.default-sg-restricted": "network.segmentation", "ec2.vpc-flow-logs": "network.traffic-management",
  "ec2.vpc-endpoints": "network.traffic-management", "networkfirewall.firewalls": "network.traffic-management", "route53resolver.query-logging": "network.traffic-management",
  "route53resolver.dns-firewall": "network.traffic-management", "acmpca.private-ca": "network.traffic-encryption", "ec2.vpc-multi-az": "network.resilience",
  "wafv2.web-acls": "workloads.threat-protection", "shield.advanced": "workloads.threat-protection", "ecr.scan-on-push": "workloads.security-testing",
  "eks.public-endpoint": "workloads.application-access", "lambda.public-policy": "workloads.accessible-applications", "codebuild.projects": "workloads.secure-development",
  "s3.account-public-access-block": "data.access", "s3.bucket-public-access-block": "data.access", "s3.bucket-encryption": "data.encryption",
  "kms.customer-keys": "data.encryption", "kms.key-rotation": "data.encryption", "ec2.ebs-default-encryption": "data.encryption",
  "lakeformation.settings": "data.access", "macie.enabled": "data.categorization",
  "guardduty.enabled": "monitoring.threat-detection", "guardduty.org-admin": "monitoring.threat-detection", "securityhub.enabled": "monitoring.posture",
  "cloudtrail.org-trail": "monitoring.visibility-analytics", "cloudtrail.multi-region": "monitoring.visibility-analytics", "cloudtrail.log-validation": "monitoring.visibility-analytics",
  "cloudtrail.logging": "monitoring.visibility-analytics", "config.recorder": "monitoring.visibility-analytics", "config.rules": "monitoring.posture",
  "config.aggregator": "monitoring.posture", "events.remediation-rules": "monitoring.incident-response",
  "org.scp-deny-leave-org": "automation.governance", "org.scp-region-deny": "automation.governance", "org.scp-protect-security-services": "automation.governance",
  "org.delegated-admins": "automation.governance", "org.all-features": "automation.governance",
};

describe("check catalog", () => {
  it("holds the agreed checks with their capabilities, and at least 40 over all seven pillars", async () => {
    const catalog = await loadCheckCatalog(CATALOG_PATHS);
    for (const [id, capability] of Object.entries(AGREED)) expect(catalog.get(id)?.capability, id).toBe(capability);
    expect(catalog.size).toBeGreaterThanOrEqual(40);
    expect(new Set([...catalog.values()].map((c) => c.pillar)).size).toBe(7);
    expect((await readdir(CHECKS_DIR)).filter((f) => f.endsWith(".yaml")).sort()).toEqual(["automation", "data", "devices", "identity", "monitoring", "network", "workloads"].map((p) => `${p}.yaml`));
  });

  it("covers at least 120 checks and 54 of the questions, leaving at most two uncovered per pillar", async () => {
    const catalog = await loadCheckCatalog(CATALOG_PATHS);
    const questionnaire = await loadQuestionnaire(QUESTIONNAIRES_DIR);
    const uncovered = [...questionnaire.questions.values()].filter((q) => !q.evidence.length).map((q) => q.id);
    expect(catalog.size).toBeGreaterThanOrEqual(120);
    expect(questionnaire.questions.size - uncovered.length, `uncovered: ${uncovered.join(", ")}`).toBeGreaterThanOrEqual(54);
    for (const pillar of new Set([...questionnaire.questions.keys()].map((id) => id.split(".")[0]!))) {
      const ids = uncovered.filter((id) => id.startsWith(`${pillar}.`));
      expect(ids.length, `${pillar}: ${ids.join(", ")}`).toBeLessThanOrEqual(2);
    }
  });

  it("maps every catalog id to exactly one implementation and back", async () => {
    const catalog = await loadCheckCatalog(CATALOG_PATHS);
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...catalog.keys()].sort());
    expect(CHECKS_BY_ID.size).toBe(CHECKS.length);
    // Prowler-style layout: src/verify/checks/<service>/<name>.ts holds check <service>.<name>.
    const dirs = (await readdir(new URL("../../src/verify/checks/", import.meta.url), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const c of CHECKS) expect(dirs, c.id).toContain(c.id.split(".")[0]);
  });

  it("derives each check's questions from the questionnaire's evidence links", async () => {
    const catalog = await loadCheckCatalog(CATALOG_PATHS);
    const questionnaire = await loadQuestionnaire(QUESTIONNAIRES_DIR);
    const fromChecks = [...catalog.values()].flatMap((c) => c.questions.map((q) => `${c.id} -> ${q}`)).sort();
    const fromQuestions = [...questionnaire.questions.values()].flatMap((q) => q.evidence.map((e) => `${e.check} -> ${q.id}`)).sort();
    expect(fromChecks).toEqual(fromQuestions);
    for (const c of catalog.values()) {
      expect(c.questions.length, `${c.id} speaks to no question`).toBeGreaterThan(0);
      expect(questionnaire.capabilities.has(c.capability), c.capability).toBe(true);
    }
  });

  it("remediates a check with a module whose done-when list names it, and documents every check", async () => {
    const catalog = await loadCheckCatalog(CATALOG_PATHS);
    const modules = (await loadModules(CATALOG_PATHS.templates)).modules;
    for (const c of catalog.values()) {
      if (c.remediation.module) expect(modules.get(c.remediation.module)?.manifest.checks, `${c.id}: ${c.remediation.module}`).toContain(c.id);
      expect(c.remediation.doc, c.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
    // The remediations that were once named on the check side and missed by the modules.
    for (const [check, module] of <[string, string][]>[["org.all-features", "scp-guardrails"], ["s3.bucket-encryption", "kms-customer-keys"], ["codebuild.projects", "pipelines"], ["iam.console-users-without-mfa", "iam-risk-detections"]])
      expect(catalog.get(check)?.remediation.module, check).toBe(module);
  });
});

describe("check links are checked when loaded", () => {
  it("names the file and the place of a dangling check id on either side", async () => {
    const { cp, mkdtemp, readFile, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = await mkdtemp(join(tmpdir(), "czt-links-"));
    await cp(QUESTIONNAIRES_DIR, join(dir, "questionnaires"), { recursive: true });
    const file = join(dir, "questionnaires", "identity.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("- check: iam.root-mfa\n", "- check: iam.root-mfaa\n"));
    const err = await loadCheckCatalog({ ...CATALOG_PATHS, questionnaires: join(dir, "questionnaires") }).catch((e: Error) => e);
    expect(String(err)).toMatch(/questionnaires\/identity\.yaml:\d+:\d+: questions\[\d+\]\.evidence\[0\]\.check: unknown check "iam\.root-mfaa"/);
    expect(String(err)).toMatch(/checks\/identity\.yaml:\d+:\d+: checks\[0\]\.id: check "iam\.root-mfa" speaks to no question/);
  });
});
