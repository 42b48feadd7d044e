import type { Assessment } from "../assessment/model.js";
import { UserError } from "../errors.js";
import type { Finding } from "../model/evidence.js";
import type { Stage } from "../model/stages.js";
import { roadmapMarkdown } from "../plan/roadmap-markdown.js";
import type { Roadmap } from "../plan/model.js";
import type { Plan } from "../plan/plan.js";
import { applicableFiles, type SelectedModule } from "../plan/select.js";
import type { CompleteAnswers } from "../questionnaire/answers.js";
import { createTemplateEnv, type TemplateEnv } from "./handlebars-env.js";
import { awsNamePrefix } from "../text/aws-name.js";
import type { FileEntry, ModuleCatalog } from "./manifest-schema.js";
import { cfnParameterNames, finishOutput } from "./output.js";
import { parsePins } from "./pins.js";
import { attachmentsJson, buildScps, parseScpData, type ScpPlan } from "./scp/build.js";
import { sortedTree, type FileTree } from "./tree.js";
import { join } from "node:path";

export interface RenderInput {
  answers: CompleteAnswers;
  assessment: Assessment;
  /** The plan stage's output: the modules to render, in roadmap order, and the roadmap. */
  plan: Plan;
  catalog: ModuleCatalog;
  toolVersion: string;
  /** Parse every YAML output and fail on errors (tests and template authors; costs more than rendering). */
  checkYaml?: boolean;
}

export interface RenderResult {
  tree: FileTree;
  roadmap: Roadmap;
  modules: SelectedModule[];
}

/** Landing-zone answers under which AWS Control Tower manages the accounts (its role is exempt from the guardrails). */
const CONTROL_TOWER_ANSWERS = new Set(["landing-zone", "vended-as-code"]);

export interface DeployPlan {
  terraformRoots: string[];
  /** `phase`: the roadmap phase of the stack's module; the pipelines deploy phases 0 to the current one. */
  stacks: { template: string; stackName: string; target: string; module: string; phase: number; parameters: string[] }[];
}

/** Capability id -> effective stage, from the assessment (already capped by evidence). */
export function capabilityStages(assessment: Assessment): Map<string, Stage | null> {
  return new Map(assessment.pillars.flatMap((p) => p.capabilities.map((c) => [c.id, c.stage] as const)));
}

/**
 * Renders the whole repository in memory from the plan: every template of the selected modules
 * with escaping helpers, and the generated files (SCPs, ROADMAP.md, roadmap.json, the
 * CloudFormation deploy plan). Writes nothing: src/update owns the disk.
 */
export async function renderRepository(input: RenderInput): Promise<RenderResult> {
  const { answers, catalog } = input;
  const org = { ...answers.organization, slug: awsNamePrefix(answers.organization.name) };
  const stages = capabilityStages(input.assessment);
  const ordered = input.plan.modules;
  const ids = ordered.map((s) => s.manifest.id).sort();

  const tree: FileTree = new Map();
  const owner = new Map<string, string>();
  const put = (path: string, text: string, by: string) => {
    if (owner.has(path)) throw new UserError(`two template modules write ${path}: ${owner.get(path)} and ${by}`);
    owner.set(path, by);
    tree.set(path, text);
  };

  // Generated (code, not templates) files and the data their module's templates see.
  const generated = new Map<string, string[]>();
  let scp: ScpPlan | null = null;
  for (const s of ordered) {
    if (s.manifest.generator !== "scp") continue;
    const mod = catalog.modules.get(s.manifest.id)!;
    const file = join(mod.dir, "statements.yaml");
    const text = mod.data.get("statements.yaml");
    if (text === undefined) throw new UserError(`${file} does not exist (the scp generator reads it)`);
    scp = buildScps(parseScpData(file, text), answers.organization, { controlTower: CONTROL_TOWER_ANSWERS.has(String(answers.answers["automation.landing-zone"])) });
    for (const p of scp.policies) put(p.file, `${p.text}\n`, s.manifest.id);
    put("policies/scp/attachments.json", `${attachmentsJson(scp)}\n`, s.manifest.id);
    generated.set(s.manifest.id, [...scp.policies.map((p) => p.file), "policies/scp/attachments.json"]);
  }

  const roadmap = withGeneratedFiles(input.plan.roadmap, generated);
  const repoFiles = applicableFiles(catalog.repo.files, answers, new Set(ids));
  const phaseOf = new Map(roadmap.phases.flatMap((p) => p.steps.map((st) => [st.moduleId, p.phase] as const)));
  const deploy = deployTargets(ordered, repoFiles, phaseOf);
  const pipelines = catalog.modules.get("pipelines");
  const pinsText = pipelines?.data.get("pins.yaml");
  const base = {
    org,
    answers: answers.answers,
    stages: Object.fromEntries(stages),
    modules: ids,
    tool: { name: "create-zero-trust", version: input.toolVersion },
    deploy,
    // The one pin table of every generated pipeline (actions by commit, tools by version and checksum).
    pins: pipelines && pinsText !== undefined ? parsePins(join(pipelines.dir, "pins.yaml"), pinsText) : null,
  };

  const env = await createTemplateEnv();
  const cfnParameters = new Map<string, string[]>();
  for (const s of ordered) {
    const mod = catalog.modules.get(s.manifest.id)!;
    // adopts: the module's effects already in place, for templates that take over an existing control.
    const context = { ...base, module: s.manifest, adopts: s.adopts, findings: s.findings, scp };
    for (const f of s.files) {
      const out = renderFile(env, mod.dir, mod.sources, f, context, input.checkYaml);
      put(f.path, out.text, s.manifest.id);
      if (f.iac === "cloudformation" && f.kind === "iac") cfnParameters.set(f.path, cfnParameterNames(out.text));
    }
  }

  const steps = roadmap.phases.flatMap((p) => p.steps);
  const repoContext = {
    ...base,
    module: null,
    findings: [] as Finding[],
    scp,
    roadmap,
    steps,
    selected: ordered.map((s) => ({ ...s.manifest, phase: steps.find((st) => st.moduleId === s.manifest.id)!.phase, reason: s.reason, adopts: s.adopts })),
    assessment: { overall: input.assessment.overall, pillars: input.assessment.pillars.map((p) => ({ id: p.id, title: p.title, stage: p.stage })) },
  };
  for (const f of repoFiles) put(f.path, renderFile(env, catalog.repo.dir, catalog.repo.sources, f, repoContext, input.checkYaml).text, "_repo");

  put("ROADMAP.md", roadmapMarkdown({ roadmap, orgName: org.name, startDate: answers.assessedAt }), "roadmap");
  put("roadmap.json", `${JSON.stringify({ schemaVersion: 1, organization: org.name, ...roadmap }, null, 2)}\n`, "roadmap");
  if (answers.organization.iac === "cloudformation") {
    const stacks = deploy.stacks.map((st) => ({ ...st, parameters: cfnParameters.get(st.template) ?? [] }));
    put("cloudformation/deploy-plan.json", `${JSON.stringify({ stacks }, null, 2)}\n`, "deploy-plan");
  }
  return { tree: sortedTree(tree), roadmap, modules: ordered };
}

/** A generator's files (known once rendered) join its step's files. */
function withGeneratedFiles(roadmap: Roadmap, generated: ReadonlyMap<string, string[]>): Roadmap {
  if (!generated.size) return roadmap;
  const phases = roadmap.phases.map((p) => ({
    ...p,
    steps: p.steps.map((s) => (generated.has(s.moduleId) ? { ...s, files: [...s.files, ...generated.get(s.moduleId)!].sort() } : s)),
  }));
  return { ...roadmap, phases };
}

function renderFile(env: TemplateEnv, dir: string, sources: Map<string, string>, f: FileEntry, context: object, checkYaml = false): { text: string } {
  const file = join(dir, f.template);
  const template = env.compile(file, sources.get(f.template)!);
  return finishOutput(template({ ...context, file: { path: f.path, dir: f.path.slice(0, f.path.lastIndexOf("/") + 1) } }), f.path, file, { checkYaml });
}

/** Terraform roots and CloudFormation stacks in deployment (roadmap) order, known before rendering. */
function deployTargets(ordered: SelectedModule[], repoFiles: FileEntry[], phaseOf: Map<string, number>): DeployPlan {
  const roots = new Set<string>();
  for (const f of [...repoFiles, ...ordered.flatMap((s) => s.files)]) {
    const m = /^terraform\/live\/([^/]+)\//.exec(f.path);
    if (m) roots.add(m[1]!);
  }
  const order = ["management", "security", "member"];
  const stacks: DeployPlan["stacks"] = [];
  const names = new Set<string>();
  for (const s of ordered) {
    for (const f of s.files.filter((f) => f.iac === "cloudformation" && f.kind === "iac" && /\.ya?ml$/.test(f.path))) {
      // Named after the file, so a stack keeps its name when the module gains or loses templates.
      const base = f.path.slice(f.path.lastIndexOf("/") + 1).replace(/\.ya?ml$/, "");
      let stackName = `zero-trust-${base}`;
      if (names.has(stackName)) stackName = `zero-trust-${f.path.replace(/^cloudformation\//, "").replace(/\.ya?ml$/, "").replace(/[^A-Za-z0-9-]+/g, "-")}`;
      names.add(stackName);
      stacks.push({ template: f.path, stackName, target: f.stack ?? "management", module: s.manifest.id, phase: phaseOf.get(s.manifest.id) ?? 0, parameters: [] });
    }
  }
  const rank = (r: string) => (order.includes(r) ? order.indexOf(r) : order.length);
  return { terraformRoots: [...roots].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1)), stacks };
}
