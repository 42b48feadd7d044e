import { join } from "node:path";
import type { Evidence, Finding } from "../../src/model/evidence.js";
import type { PillarId } from "../../src/model/pillars.js";
import type { OrganizationProfile } from "../../src/model/profile.js";
import { stageLevel, type Stage } from "../../src/model/stages.js";
import type { CompleteAnswers } from "../../src/questionnaire/answers.js";
import { loadQuestionnaire } from "../../src/questionnaire/load.js";
import type { Questionnaire } from "../../src/questionnaire/model.js";
import { loadModules } from "../../src/render/load-modules.js";
import type { ModuleCatalog } from "../../src/render/manifest-schema.js";
import { buildRepository } from "../../src/pipeline/build.js";

export const ROOT = join(import.meta.dirname, "..", "..");
/** CZT_TEMPLATES points the tests at another templates folder (e.g. one module while writing it). */
export const TEMPLATES = process.env.CZT_TEMPLATES ?? join(ROOT, "templates");
export const TOOL_VERSION = "0.1.0";

/** The org name that must come out valid in every language. */
export const HOSTILE_NAME = `Acme "Ops" {{x}} \${y}\n'; rm -rf \\ ü`;

/** Capabilities per pillar (TEAM.md); the first two of each pillar are treated as core when no questionnaire exists. */
export const CAPABILITIES: Record<PillarId, string[]> = {
  identity: ["authentication", "identity-stores", "risk-assessment", "access-management"],
  devices: ["policy-enforcement", "asset-risk", "resource-access", "threat-protection"],
  network: ["segmentation", "traffic-management", "traffic-encryption", "resilience"],
  workloads: ["application-access", "threat-protection", "accessible-applications", "secure-development", "security-testing"],
  data: ["inventory", "categorization", "availability", "access", "encryption"],
  monitoring: ["visibility-analytics", "threat-detection", "posture", "incident-response"],
  automation: ["governance", "infrastructure-as-code", "automation-orchestration", "pipeline-security"],
};

export interface Profile {
  name: string;
  org: OrganizationProfile;
  /** Every capability at this stage, or per capability id. */
  stage: Stage | ((capabilityId: string) => Stage);
  evidence?: Evidence;
  assessedAt?: string;
}

export const org = (over: Partial<OrganizationProfile> = {}): OrganizationProfile => ({
  name: "Acme Corp",
  regions: ["eu-west-1", "eu-central-1"],
  homeRegion: "eu-west-1",
  identityProvider: "okta",
  iac: "terraform",
  ci: "github-actions",
  ...over,
});

let questionnaire: Promise<Questionnaire> | undefined;
export const realQuestionnaire = (): Promise<Questionnaire> => (questionnaire ??= loadQuestionnaire(join(ROOT, "questionnaires")));

/** Answers picking, for every question, the option at (or nearest below) the wanted stage. */
export function answersAt(q: Questionnaire, stageOf: (capabilityId: string) => Stage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const question of q.questions.values()) {
    const want = stageLevel(stageOf(question.capability));
    const sorted = [...question.options].sort((a, b) => stageLevel(a.stage) - stageLevel(b.stage));
    const pick = [...sorted].reverse().find((o) => stageLevel(o.stage) <= want) ?? sorted[0]!;
    out[question.id] = pick.value;
  }
  return out;
}

export async function profileInput(p: Profile): Promise<{ questionnaire: Questionnaire; answers: CompleteAnswers; evidence?: Evidence }> {
  const stageOf = typeof p.stage === "string" ? () => p.stage as Stage : p.stage;
  const q = await realQuestionnaire();
  const answers: CompleteAnswers = { schemaVersion: 1, organization: p.org, answers: answersAt(q, stageOf), ...(p.assessedAt ? { assessedAt: p.assessedAt } : {}) };
  return { questionnaire: q, answers, evidence: p.evidence };
}

let catalog: Promise<ModuleCatalog> | undefined;
export const templateCatalog = () => (catalog ??= realQuestionnaire().then((questionnaire) => loadModules(TEMPLATES, { questionnaire })));

/** The whole pipeline (assessment, plan, render) for these inputs, with the shared catalog. */
export async function buildFor(input: Awaited<ReturnType<typeof profileInput>>, toolVersion = TOOL_VERSION) {
  return buildRepository({ ...input, templatesDir: TEMPLATES, toolVersion, catalog: await templateCatalog() });
}

export async function renderProfile(p: Profile) {
  return buildFor(await profileInput(p));
}

export const failing = (checkId: string, severity: Finding["severity"] = "high", account = "111111111111"): Finding => ({
  id: `${checkId}/${account}/global`,
  checkId,
  pillar: "data",
  capability: "data.encryption",
  severity,
  accountId: account,
  region: "global",
  status: "fail",
  resources: [],
  detail: `${checkId} failed`,
  calls: [],
  remediation: { doc: "https://docs.aws.amazon.com/", text: "fix it" },
});

export const evidenceWith = (findings: Finding[]): Evidence => ({
  schemaVersion: 1,
  tool: { name: "create-zero-trust", version: TOOL_VERSION },
  generatedAt: "2026-01-15T10:00:00.000Z",
  caller: { accountId: "111111111111", arn: "arn:aws:iam::111111111111:role/ZeroTrustAudit" },
  organization: { id: "o-abcdefghij", managementAccountId: "111111111111" },
  regions: ["eu-west-1"],
  accounts: [{ id: "111111111111", name: "management", status: "scanned" }],
  findings,
});

/** The profiles the validation tests render (each once per test file). */
export const PROFILES: Profile[] = [
  { name: "traditional-tf-gha", org: org(), stage: "traditional", assessedAt: "2026-01-15" },
  { name: "optimal-tf-gha", org: org(), stage: "optimal" },
  { name: "initial-tf-codepipeline", org: org({ ci: "codepipeline", identityProvider: "none" }), stage: "initial" },
  { name: "traditional-cfn-gha", org: org({ iac: "cloudformation", identityProvider: "entra-id" }), stage: "traditional" },
  { name: "advanced-cfn-codepipeline", org: org({ iac: "cloudformation", ci: "codepipeline", identityProvider: "identity-center", regions: ["us-east-1"], homeRegion: "us-east-1" }), stage: "advanced" },
  {
    name: "hostile-name-tf",
    org: org({ name: HOSTILE_NAME, regions: ["eu-west-1", "us-east-1", "ap-southeast-2"] }),
    stage: (c) => (c.startsWith("data.") || c.startsWith("identity.") ? "traditional" : "initial"),
  },
  { name: "hostile-name-cfn", org: org({ name: HOSTILE_NAME, iac: "cloudformation", ci: "codepipeline" }), stage: "traditional" },
];
