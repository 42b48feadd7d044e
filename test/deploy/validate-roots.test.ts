import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROFILES, renderProfile } from "../helpers/render-profiles.js";
import { textOf } from "../helpers/validators/index.js";
import { writeTemp } from "../helpers/validators/tmp-tree.js";
import { terraform, terraformCliConfig, terraformUnavailable } from "./terraform.js";

// `terraform validate` with the real AWS provider on every root of every rendered Terraform profile
// (the wiring check in test/helpers/validators stands in for it where the provider is not installed).

let skipped: string | undefined;
let work: string;
let cliConfig: string;
const trees: { name: string; dir: string; roots: string[]; cleanup: () => Promise<void> }[] = [];

beforeAll(async () => {
  skipped = await terraformUnavailable();
  if (skipped) return;
  work = await mkdtemp(join(tmpdir(), "czt-validate-roots-"));
  cliConfig = await terraformCliConfig(work);
  for (const p of PROFILES.filter((x) => x.org.iac === "terraform")) {
    const r = await renderProfile(p);
    const { dir, cleanup } = await writeTemp([...r.tree].map(([path, c]) => [path, textOf(c)]));
    const roots = [...new Set([...r.tree.keys()].flatMap((path) => /^terraform\/live\/([^/]+)\//.exec(path)?.[1] ?? []))];
    trees.push({ name: p.name, dir, roots, cleanup });
  }
}, 120_000);

afterAll(async () => {
  for (const t of trees) await t.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("terraform validate with the AWS provider", () => {
  it("passes on every root of every Terraform profile", async (ctx) => {
    if (skipped) ctx.skip(skipped);
    const failures: string[] = [];
    let validated = 0;
    for (const t of trees) {
      for (const root of t.roots) {
        const dir = join(t.dir, "terraform", "live", root);
        const env = { TF_CLI_CONFIG_FILE: cliConfig };
        const init = await terraform(dir, ["init", "-backend=false", "-input=false"], env);
        const result = init.ok ? await terraform(dir, ["validate"], env) : init;
        if (!result.ok) failures.push(`${t.name} ${root}:\n${result.output.slice(-3000)}`);
        validated++;
      }
    }
    expect(failures).toEqual([]);
    expect(validated).toBeGreaterThanOrEqual(12);
  }, 1_200_000); // hang protection only: about 2 minutes alone, several times that beside the rehearsal on 2 cores
});
