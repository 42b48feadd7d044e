import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { MOTO_SKIPS } from "./moto-skips.js";

/**
 * zz_test_override.tf for one live root (Terraform merges *_override.tf into the matching blocks):
 * a local backend, path-style S3 and no credential or metadata probes for every AWS provider
 * configuration, few retries (moto answers at once or never), and the module calls and trusted-access
 * principals of the skip list turned off.
 */
export async function motoOverride(rootDir: string): Promise<string> {
  const files = (await readdir(rootDir)).filter((f) => f.endsWith(".tf") && !f.endsWith("_override.tf"));
  const text = (await Promise.all(files.map((f) => readFile(join(rootDir, f), "utf8")))).join("\n");
  const aliases = [...text.matchAll(/^provider "aws" \{\n(?:\s*alias\s*=\s*"([^"]+)")?/gm)].map((m) => m[1]);
  const modules = [...text.matchAll(/^module "([^"]+)"/gm)].map((m) => m[1]!);
  const out = ['terraform {\n  backend "local" {}\n}'];
  for (const alias of aliases) {
    out.push(
      `provider "aws" {\n${alias ? `  alias = "${alias}"\n` : ""}  s3_use_path_style           = true\n  skip_credentials_validation = true\n  skip_metadata_api_check     = true\n  max_retries                 = 2\n}`,
    );
  }
  for (const skip of MOTO_SKIPS) {
    if (skip.kind !== "module-call") continue;
    for (const name of modules.filter((m) => new RegExp(skip.match).test(m))) out.push(`# ${skip.operation}\nmodule "${name}" {\n  count = 0\n}`);
  }
  if (text.includes("trusted_access_principals")) {
    const refused = MOTO_SKIPS.flatMap((s) => (s.kind === "principal" ? [JSON.stringify(s.match)] : []));
    out.push(`locals {\n  trusted_access_principals = [for p in distinct(flatten([for n in local.organization_deployed : n.principals])) : p if !contains([${refused.join(", ")}], p)]\n}`);
  }
  return `${out.join("\n\n")}\n`;
}

/** Override files for the module folders of a rendered repository (terraform/modules/<id>/zz_moto_override.tf). */
export function moduleOverrides(): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const skip of MOTO_SKIPS) if (skip.kind === "in-module") out.set(skip.module, [...(out.get(skip.module) ?? []), `# ${skip.operation}\n${skip.override}`]);
  return new Map([...out].map(([m, blocks]) => [`terraform/modules/${m}/zz_moto_override.tf`, `${blocks.join("\n\n")}\n`]));
}
