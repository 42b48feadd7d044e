import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAnswersText, type CompleteAnswers } from "../../src/questionnaire/answers.js";
import type { RenderResult } from "../../src/render/render.js";
import { HOSTILE_NAME, PROFILES, ROOT, buildFor, realQuestionnaire, renderProfile } from "../helpers/render-profiles.js";
import { VALIDATORS, textOf, type ValidatorResult } from "../helpers/validators/index.js";
import { writeTemp } from "../helpers/validators/tmp-tree.js";
import { toolVersion } from "../helpers/validators/tool-available.js";
import { execa } from "execa";
import { parse as parseYaml } from "yaml";
import { CFN_TAGS } from "../../src/render/cfn-yaml.js";

// Every profile is rendered once; each validator then runs once over all trees (paths prefixed by profile).
const trees = new Map<string, RenderResult>();
const all = new Map<string, string>();

beforeAll(async () => {
  for (const p of PROFILES) trees.set(p.name, await renderProfile(p));
  const example = await renderExample();
  if (example) trees.set("example-acme", example);
  for (const [name, r] of trees) for (const [path, c] of r.tree) all.set(`${name}/${path}`, textOf(c));
}, 120_000);

/** examples/acme.yaml through the real questionnaire and scoring, as the wizard would. */
async function renderExample(): Promise<RenderResult | undefined> {
  const file = join(ROOT, "examples", "acme.yaml");
  const questionnaire = await realQuestionnaire();
  if (!existsSync(file)) return undefined;
  const answers = parseAnswersText(file, await readFile(file, "utf8"), questionnaire) as CompleteAnswers;
  return buildFor({ questionnaire, answers });
}

const format = (r: ValidatorResult) => r.problems.map((p) => `${p.path}${p.line ? `:${p.line}` : ""}: ${p.message}`).join("\n");

describe("generated files pass the real validators", () => {
  it("renders the built-in example (examples/acme.yaml)", (ctx) => {
    if (!trees.has("example-acme")) ctx.skip("examples/acme.yaml or the questionnaire is missing; the example profile was not rendered");
    expect(trees.get("example-acme")!.tree.size).toBeGreaterThan(20);
  });

  for (const [tool, run] of Object.entries(VALIDATORS)) {
    it(tool, async (ctx) => {
      const result = await run(all);
      if (result.skipped) ctx.skip(`${tool}: ${result.skipped}`);
      expect(format(result)).toBe("");
      // Each tool must have had something to check, or the test proves nothing.
      const optional = tool === "ssm-schema" && ![...all.keys()].some((p) => /\/runbooks\/ssm\//.test(p));
      if (!optional) expect(result.checked).toBeGreaterThan(0);
    }, 300_000); // hang protection only: cfn-lint over every profile takes tens of seconds on a busy machine
  }
});

describe("rendered trees", () => {
  it("are byte-identical when rendered again from the same inputs", async () => {
    for (const p of PROFILES.filter((x) => x.name.startsWith("hostile") || x.name.startsWith("traditional"))) {
      const again = await renderProfile(p);
      expect([...again.tree.entries()]).toEqual([...trees.get(p.name)!.tree.entries()]);
    }
  });

  it("have sorted paths, LF endings and exactly one trailing newline", () => {
    for (const r of trees.values()) {
      const paths = [...r.tree.keys()];
      expect(paths).toEqual([...paths].sort());
      for (const [path, c] of r.tree) {
        const text = textOf(c);
        expect(text.includes("\r"), path).toBe(false);
        expect(text.endsWith("\n") && !text.endsWith("\n\n"), path).toBe(true);
      }
    }
  });

  it("leave no Handlebars syntax behind (only GitHub's ${{ }} and SSM's {{ }} expressions)", () => {
    for (const [name, r] of trees) {
      if (name.startsWith("hostile")) continue;
      for (const [path, c] of r.tree) {
        const text = textOf(c);
        // SSM Automation documents (alone or inside a CloudFormation template) reference their parameters as {{ Name }}.
        if (text.includes("mainSteps")) continue;
        expect(text.match(/(?<!\$)\{\{/g), path).toBeNull();
      }
    }
  });

  it("read the hostile org name back exactly from HCL, JSON and YAML", async () => {
    const tf = trees.get("hostile-name-tf")!.tree;
    // hcl2json keeps template escapes ($${) as written; Terraform's own reading is checked below.
    const locals = (await parseHcl("locals.tf", textOf(tf.get("terraform/live/management/locals.tf")!))) as { locals: { org_name: string }[] };
    expect(locals.locals[0]!.org_name).toBe(HOSTILE_NAME.replace("${", () => "$${"));
    const cfn = trees.get("hostile-name-cfn")!.tree;
    expect(JSON.parse(textOf(cfn.get("cloudformation/parameters.json")!)).OrgName).toBe(HOSTILE_NAME);
    const roadmap = JSON.parse(textOf(tf.get("roadmap.json")!));
    expect(roadmap.organization).toBe(HOSTILE_NAME);
  });

  it("Terraform itself evaluates local.org_name to the hostile name (no interpolation)", async (ctx) => {
    if (!(await toolVersion("terraform", ["version"]))) ctx.skip("terraform is not installed: local.org_name not evaluated");
    const tf = trees.get("hostile-name-tf")!.tree;
    const { dir, cleanup } = await writeTemp([["locals.tf", textOf(tf.get("terraform/live/management/locals.tf")!)]]);
    try {
      const r = await execa("terraform", ["console"], { cwd: dir, input: "base64encode(jsonencode([local.org_name, local.org_slug, local.regions]))\n", env: { TF_CLI_CONFIG_FILE: "/dev/null" } });
      const value = JSON.parse(Buffer.from(JSON.parse(r.stdout.trim().split("\n").pop()!) as string, "base64").toString("utf8"));
      expect(value).toEqual([HOSTILE_NAME, "acme-ops-x-y-rm-rf-u", ["eu-west-1", "us-east-1", "ap-southeast-2"]]);
    } finally {
      await cleanup();
    }
  });

  it("keep the hostile name inert in Markdown (no heading, code span or HTML breaks out)", () => {
    const readme = textOf(trees.get("hostile-name-tf")!.tree.get("README.md")!);
    const title = readme.split("\n")[0]!;
    expect(title).toBe(String.raw`# Zero Trust baseline for Acme "Ops" \{\{x\}\} \$\{y\} '; rm -rf \\ ü`);
  });

  it("follow the flavor: Terraform or CloudFormation, GitHub Actions or CodePipeline", () => {
    const has = (name: string, re: RegExp) => [...trees.get(name)!.tree.keys()].some((p) => re.test(p));
    expect(has("traditional-tf-gha", /^terraform\//)).toBe(true);
    expect(has("traditional-tf-gha", /^cloudformation\//)).toBe(false);
    expect(has("traditional-tf-gha", /^\.github\/workflows\/terraform\.yml$/)).toBe(true);
    expect(has("traditional-cfn-gha", /^terraform\//)).toBe(false);
    expect(has("traditional-cfn-gha", /^cloudformation\/deploy-plan\.json$/)).toBe(true);
    expect(has("initial-tf-codepipeline", /^\.github\//)).toBe(false);
    expect(has("initial-tf-codepipeline", /^buildspecs\/apply\.yml$/)).toBe(true);
    expect(has("advanced-cfn-codepipeline", /^bootstrap\/codepipeline\.yaml$/)).toBe(true);
  });

  it("give every required CloudFormation parameter in the deploy plan a place in parameters.json", () => {
    let checked = 0;
    for (const [name, r] of trees) {
      const plan = r.tree.get("cloudformation/deploy-plan.json");
      if (!plan) continue;
      const values = JSON.parse(textOf(r.tree.get("cloudformation/parameters.json")!)) as Record<string, unknown>;
      for (const stack of (JSON.parse(textOf(plan)) as { stacks: { template: string }[] }).stacks) {
        const template = parseYaml(textOf(r.tree.get(stack.template)!), { customTags: CFN_TAGS }) as { Parameters?: Record<string, { Default?: unknown }> };
        for (const [param, spec] of Object.entries(template.Parameters ?? {})) if (!("Default" in spec)) expect(values, `${name}: ${stack.template} needs ${param}`).toHaveProperty(param);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("deny IAM users by SCP only where the organization federates", () => {
    const scp = (name: string) => [...trees.get(name)!.tree].filter(([p]) => /^policies\/scp\/zt-.*\.json$/.test(p)).map(([, c]) => textOf(c)).join("");
    expect(scp("traditional-tf-gha")).toContain('"Sid":"DenyIamUsers"');
    expect(scp("initial-tf-codepipeline")).not.toContain('"Sid":"DenyIamUsers"');
    // Region deny lists exactly the org's regions.
    expect(scp("advanced-cfn-codepipeline")).toContain('"aws:RequestedRegion":"us-east-1"');
  });

  it("re-implement nothing at optimal: only baseline modules remain", () => {
    const optimal = trees.get("optimal-tf-gha")!;
    const traditional = trees.get("traditional-tf-gha")!;
    expect(optimal.modules.every((m) => m.manifest.baseline || m.reason === "prerequisite")).toBe(true);
    expect(traditional.modules.length).toBeGreaterThan(optimal.modules.length);
  });
});
