import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { execa } from "execa";
import { toolVersion } from "../helpers/validators/tool-available.js";

/** The local filesystem mirror of the AWS provider (the machines of this project carry one; see VALIDATORS.md). */
export const PROVIDER_MIRROR = process.env.CZT_TF_PLUGIN_MIRROR ?? "/opt/tf-plugins";

/** Why Terraform cannot run here, or undefined when it can (terraform on PATH and the provider mirror present). */
export async function terraformUnavailable(): Promise<string | undefined> {
  if (!(await toolVersion("terraform", ["version"]))) return "terraform is not installed";
  if (!existsSync(join(PROVIDER_MIRROR, "registry.terraform.io", "hashicorp", "aws"))) return `no AWS provider mirror at ${PROVIDER_MIRROR} (set CZT_TF_PLUGIN_MIRROR)`;
  return undefined;
}

/**
 * A Terraform CLI configuration that installs providers from the mirror only, with a shared plugin
 * cache so the 700 MB provider binary is linked, not copied, into each root.
 */
export async function terraformCliConfig(dir: string): Promise<string> {
  const cache = join(dir, "plugin-cache");
  await mkdir(cache, { recursive: true });
  const file = join(dir, "terraform.tfrc");
  await writeFile(
    file,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(PROVIDER_MIRROR)}\n    include = ["registry.terraform.io/hashicorp/*"]\n  }\n}\nplugin_cache_dir = ${JSON.stringify(cache)}\n`,
  );
  return file;
}

export interface TerraformResult {
  ok: boolean;
  output: string;
}

/** Runs terraform in a root with a clean environment plus `env`; never throws on a failing command. */
export async function terraform(cwd: string, args: string[], env: Record<string, string>): Promise<TerraformResult> {
  const r = await execa("terraform", [...args, "-no-color"], {
    cwd,
    reject: false,
    all: true,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1", ...env },
    extendEnv: false,
  });
  return { ok: r.exitCode === 0, output: r.all ?? "" };
}
