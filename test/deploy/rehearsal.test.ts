import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateAccountCommand, CreateOrganizationalUnitCommand, CreateOrganizationCommand, ListRootsCommand, MoveAccountCommand, OrganizationsClient } from "@aws-sdk/client-organizations";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Evidence, Finding } from "../../src/model/evidence.js";
import { parseAnswersText, type CompleteAnswers } from "../../src/questionnaire/answers.js";
import { startMoto, useMotoEnv, type Moto } from "../helpers/moto.js";
import { ROOT, buildFor, realQuestionnaire, templateCatalog } from "../helpers/render-profiles.js";
import { runCli } from "../helpers/run-cli.js";
import { textOf } from "../helpers/validators/index.js";
import { writeTemp } from "../helpers/validators/tmp-tree.js";
import { moduleOverrides, motoOverride } from "./moto-override.js";
import { MOTO_SKIPS } from "./moto-skips.js";
import { terraform, terraformCliConfig, terraformUnavailable } from "./terraform.js";

// The deploy rehearsal: the example's repository, rendered as the wizard renders it, planned and
// applied phase by phase into an organization seeded in moto, then checked with `verify`.

const MOTO_ENV = { MOTO_IAM_LOAD_MANAGED_POLICIES: "true" };
const ROOTS = ["management", "security", "member"] as const;
type Root = (typeof ROOTS)[number];

interface Org {
  management: string;
  security: string;
  logArchive: string;
  workload: string;
  securityOu: string;
  workloadsOu: string;
}

/**
 * "Done when" checks that applying a module cannot turn to pass by itself, with the step that does:
 * they are reported, not required.
 */
const NOT_BY_APPLY: Record<string, string> = {
  "iam.saml-oidc-providers": "the identity provider is connected to IAM Identity Center in the console (docs/identity-federation.md); Identity Center then creates the SAML providers",
};

let skipped: string | undefined;
let moto: Moto;
let restoreEnv: () => void;
let repo: { dir: string; cleanup: () => Promise<void> };
let work: string;
let cliConfig: string;
let org: Org;
let answers: CompleteAnswers;
let phases: { phase: number; modules: string[] }[];
let scans: Evidence[] = [];

async function seedOrganization(): Promise<Org> {
  const client = new OrganizationsClient({ region: "us-east-1" });
  await client.send(new CreateOrganizationCommand({ FeatureSet: "ALL" }));
  const account = async (name: string) => (await client.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }))).CreateAccountStatus!.AccountId!;
  const [security, logArchive, workload] = [await account("security"), await account("log-archive"), await account("workload")];
  const rootId = (await client.send(new ListRootsCommand({}))).Roots![0]!.Id!;
  const ou = async (name: string, accounts: string[]) => {
    const id = (await client.send(new CreateOrganizationalUnitCommand({ ParentId: rootId, Name: name }))).OrganizationalUnit!.Id!;
    for (const a of accounts) await client.send(new MoveAccountCommand({ AccountId: a, SourceParentId: rootId, DestinationParentId: id }));
    return id;
  };
  const securityOu = await ou("Security", [security, logArchive]);
  const workloadsOu = await ou("Workloads", [workload]);
  return { management: "123456789012", security, logArchive, workload, securityOu, workloadsOu };
}

/** Credentials acting in the security account (the pipeline assumes its deploy role there). */
async function securityCredentials(): Promise<Record<string, string>> {
  const sts = new STSClient({ region: "us-east-1" });
  const c = (await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${org.security}:role/OrganizationAccountAccessRole`, RoleSessionName: "rehearsal" }))).Credentials!;
  return { AWS_ACCESS_KEY_ID: c.AccessKeyId!, AWS_SECRET_ACCESS_KEY: c.SecretAccessKey!, AWS_SESSION_TOKEN: c.SessionToken! };
}

const members = () => [org.security, org.logArchive, org.workload];

/** The values a user puts into each root's terraform.tfvars (README "How to apply"). */
function variables(root: Root, phase: number, account: string): Record<string, unknown> {
  const common = { deploy_phase: phase, security_account_id: org.security, log_archive_account_id: org.logArchive };
  if (root === "management") return { ...common, management_account_id: org.management, scp_guardrails_ou_ids: { security: org.securityOu, workloads_prod: org.workloadsOu } };
  // The member accounts opt in to stripping their default security groups (vpc-segmentation).
  if (root === "member") return { ...common, account_id: account, vpc_segmentation_restrict_default_security_groups: true };
  return { ...common, inspector_enablement_member_account_ids: [org.management, ...members()] };
}

/** The accounts each root acts in: the member root once per member account, as scripts/terraform-run.sh does. */
const accountsOf = (root: Root): string[] => (root === "management" ? [org.management] : root === "security" ? [org.security] : members());

async function applyPhase(phase: number): Promise<void> {
  const base = { TF_CLI_CONFIG_FILE: cliConfig, AWS_ENDPOINT_URL: moto.url, AWS_REGION: answers.organization.homeRegion, AWS_ACCESS_KEY_ID: "AKIAMOTOTESTKEY00001", AWS_SECRET_ACCESS_KEY: "moto-test-secret-never-in-output" };
  for (const root of ROOTS) {
    const dir = join(repo.dir, "terraform", "live", root);
    const env = root === "security" ? { ...base, ...(await securityCredentials()) } : base;
    for (const account of accountsOf(root)) {
      const where = `${root} root in ${account}, phase ${phase}`;
      if (root === "member") expect((await terraform(dir, ["workspace", "select", "-or-create", account], env)).ok, where).toBe(true);
      await writeFile(join(dir, "rehearsal.auto.tfvars.json"), JSON.stringify(variables(root, phase, account)));
      // The reviewed plan file is what gets applied, as in the pipelines: made with the plan role,
      // applied with the deploy role (pipeline_role_name is ephemeral, never stored in the plan).
      const plan = await terraform(dir, ["plan", "-input=false", "-parallelism=20", "-out=phase.tfplan"], { ...env, TF_VAR_pipeline_role_name: "ZeroTrustPipelinePlan" });
      expect(plan.ok, `plan of the ${where}:\n${plan.output.slice(-4000)}`).toBe(true);
      const apply = await terraform(dir, ["apply", "-input=false", "-parallelism=20", "phase.tfplan"], { ...env, TF_VAR_pipeline_role_name: "ZeroTrustPipelineDeploy" });
      expect(apply.ok, `apply of the ${where}:\n${apply.output.slice(-4000)}`).toBe(true);
    }
  }
}

async function scan(): Promise<Evidence> {
  const r = await runCli(["verify", "--regions", answers.organization.regions.join(","), "--json"], { cwd: work, env: process.env });
  expect([0, 2], r.stderr).toContain(r.code);
  return JSON.parse(r.stdout) as Evidence;
}

/**
 * A check's status over its findings in the given accounts: fail if any fails, pass if every finding
 * passed or was not applicable and one passed; otherwise the statuses seen.
 */
function outcome(findings: Finding[], checkId: string, accounts: string[]): string {
  const mine = findings.filter((f) => f.checkId === checkId && accounts.includes(f.accountId));
  if (mine.some((f) => f.status === "fail")) return "fail";
  if (mine.length > 0 && mine.every((f) => f.status === "pass" || f.status === "not-applicable") && mine.some((f) => f.status === "pass")) return "pass";
  return [...new Set(mine.map((f) => f.status))].sort().join("+") || "none";
}

beforeAll(async () => {
  skipped = await terraformUnavailable();
  if (skipped) return;
  moto = await startMoto(MOTO_ENV);
  restoreEnv = useMotoEnv(moto);
  org = await seedOrganization();
  const questionnaire = (await realQuestionnaire())!;
  const file = join(ROOT, "examples", "acme.yaml");
  answers = parseAnswersText(file, await readFile(file, "utf8"), questionnaire) as CompleteAnswers;
  const rendered = await buildFor({ questionnaire, answers });
  repo = await writeTemp([...rendered.tree].map(([p, c]) => [p, textOf(c)]));
  phases = rendered.roadmap.phases.map((p) => ({ phase: p.phase, modules: p.steps.map((s) => s.moduleId) }));
  for (const [path, text] of moduleOverrides()) if (rendered.tree.has(path.replace(/zz_moto_override\.tf$/, "main.tf"))) await writeFile(join(repo.dir, path), text);
  work = await mkdtemp(join(tmpdir(), "czt-rehearsal-"));
  cliConfig = await terraformCliConfig(work);
  for (const root of ROOTS) {
    const dir = join(repo.dir, "terraform", "live", root);
    await writeFile(join(dir, "zz_test_override.tf"), await motoOverride(dir));
    const init = await terraform(dir, ["init", "-input=false"], { TF_CLI_CONFIG_FILE: cliConfig });
    expect(init.ok, init.output).toBe(true);
  }
  scans = [await scan()];
}, 300_000);

afterAll(async () => {
  if (skipped) return;
  restoreEnv?.();
  await moto?.stop();
  await repo?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("deploy rehearsal of the example into a moto organization", () => {
  for (const phase of [0, 1]) {
    it(`applies phase ${phase} on top of the earlier phases; verify then passes the phase's "done when" checks`, async (ctx) => {
      if (skipped) ctx.skip(skipped);
      await applyPhase(phase);
      const after = await scan();
      const before = scans[0]!;
      scans.push(after);
      const catalog = await templateCatalog();
      // A module's "done when" checks are judged in the accounts its Terraform roots act in.
      const rows: { module: string; check: string; accounts: string[] }[] = [];
      for (const id of phases.find((p) => p.phase === phase)!.modules) {
        const mod = catalog.modules.get(id)!.manifest;
        const roots = ROOTS.filter((r) => mod.files.some((f) => f.path.startsWith(`terraform/live/${r}/`)));
        const accounts = [...new Set(roots.flatMap(accountsOf))];
        // Modules without a Terraform root file (the pipelines' bootstrap stacks) are deployed by hand.
        if (accounts.length) for (const check of mod.checks) rows.push({ module: id, check, accounts });
      }
      const table = rows.map((r) => ({ ...r, before: outcome(before.findings, r.check, r.accounts), after: outcome(after.findings, r.check, r.accounts) }));
      const moto = new Map([...MOTO_SKIPS.flatMap((s) => (s.affects ?? []).map((c) => [c, `moto: ${s.operation}`] as const)), ...Object.entries(NOT_BY_APPLY)]);
      const details = (r: (typeof table)[number]) =>
        after.findings.filter((f) => f.checkId === r.check && r.accounts.includes(f.accountId) && f.status !== "pass").map((f) => `\n      ${f.accountId} ${f.region} ${f.status}: ${f.detail}`).join("");
      console.log(`phase ${phase}: "done when" checks before -> after\n  ${table.map((r) => `${r.module} ${r.check}: ${r.before} -> ${r.after}${moto.has(r.check) ? ` (${moto.get(r.check)})` : r.after === "pass" ? "" : details(r)}`).join("\n  ")}`);
      // Nothing in scope (no instances, no customer policies in the seeded accounts) is neither a pass nor a failure of the deploy.
      expect(table.filter((r) => !moto.has(r.check) && r.after !== "pass" && r.after !== "not-applicable").map((r) => `${r.module} ${r.check}: ${r.after}${details(r)}`)).toEqual([]);
      // The phase changed something verify can see: at least one of its checks failed before and passes now.
      expect(table.some((r) => r.before !== "pass" && r.after === "pass")).toBe(true);
    }, 900_000); // hang protection: 2 to 5 minutes a phase on 2 cores
  }
});
