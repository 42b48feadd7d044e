/**
 * The real validators for generated files, one file each, usable from any test (render, update, CI).
 * validateAll runs each tool once over a whole set of files.
 */
import { actionlint } from "./actionlint.js";
import { buildspecSchema } from "./buildspec.js";
import { cfnLint } from "./cfn-lint.js";
import { hclParse } from "./hcl-parse.js";
import { iamEscalation } from "./iam-escalation.js";
import { jsonParse } from "./json-parse.js";
import { markdownlint } from "./markdown.js";
import { mermaidParse } from "./mermaid.js";
import { scpGrammar } from "./scp-grammar.js";
import { shellcheck } from "./shellcheck.js";
import { ssmSchema } from "./ssm-schema.js";
import { terraformFmt } from "./terraform-fmt.js";
import { terraformWiring } from "./terraform-wiring.js";
import type { Files, ValidatorResult } from "./types.js";
import { yamlVersions } from "./yaml-versions.js";

export * from "./types.js";
export { actionlint, buildspecSchema, cfnLint, hclParse, iamEscalation, jsonParse, markdownlint, mermaidParse, scpGrammar, shellcheck, ssmSchema, terraformFmt, terraformWiring, yamlVersions };

export const VALIDATORS: Record<string, (files: Files) => ValidatorResult | Promise<ValidatorResult>> = {
  "cfn-lint": cfnLint,
  "terraform fmt": terraformFmt,
  hcl2json: hclParse,
  "terraform wiring": terraformWiring,
  json: jsonParse,
  scp: scpGrammar,
  "iam escalation": iamEscalation,
  actionlint,
  "ssm-schema": ssmSchema,
  buildspec: buildspecSchema,
  markdownlint,
  mermaid: mermaidParse,
  yaml: yamlVersions,
  shellcheck,
};

/** Runs every validator once over the files; the problems say which tool, file and line. */
export async function validateAll(files: Files): Promise<ValidatorResult[]> {
  const results: ValidatorResult[] = [];
  for (const run of Object.values(VALIDATORS)) results.push(await run(files));
  return results;
}

export const formatProblems = (results: ValidatorResult[]): string =>
  results.flatMap((r) => r.problems.map((p) => `${p.tool}: ${p.path}${p.line ? `:${p.line}` : ""}: ${p.message}`)).join("\n");
