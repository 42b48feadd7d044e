import { Ajv } from "ajv";
import { parse } from "yaml";
import { cloudFormationTemplates } from "./cfn-lint.js";
import { select, type Files, type ValidatorResult } from "./types.js";
import { CFN_TAGS } from "../../../src/render/cfn-yaml.js";

const commands = { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 };
const phase = {
  type: "object",
  additionalProperties: false,
  properties: {
    "run-as": { type: "string" },
    "on-failure": { enum: ["ABORT", "CONTINUE", "RETRY"] },
    "runtime-versions": { type: "object", additionalProperties: { type: ["string", "number"] } },
    commands,
    finally: commands,
  },
};

/** No official schema exists for buildspecs: this covers version 0.2, its sections and phases, commands as strings. */
export const BUILDSPEC_SCHEMA = {
  type: "object",
  required: ["version", "phases"],
  additionalProperties: false,
  properties: {
    version: { enum: [0.2, "0.2"] },
    "run-as": { type: "string" },
    env: {
      type: "object",
      additionalProperties: false,
      properties: {
        shell: { enum: ["bash", "/bin/sh", "sh", "powershell.exe", "cmd.exe", "pwsh"] },
        variables: { type: "object", additionalProperties: { type: ["string", "number"] } },
        "parameter-store": { type: "object", additionalProperties: { type: "string" } },
        "secrets-manager": { type: "object", additionalProperties: { type: "string" } },
        "exported-variables": { type: "array", items: { type: "string" } },
        "git-credential-helper": { enum: ["yes", "no"] },
      },
    },
    proxy: { type: "object" },
    batch: { type: "object" },
    phases: {
      type: "object",
      minProperties: 1,
      additionalProperties: false,
      properties: { install: phase, pre_build: phase, build: phase, post_build: phase },
    },
    reports: { type: "object" },
    artifacts: { type: "object", properties: { files: { type: "array", items: { type: "string" } } } },
    cache: { type: "object", properties: { paths: { type: "array", items: { type: "string" } } } },
  },
};

let validate: ReturnType<Ajv["compile"]> | undefined;

/** Buildspec files (buildspecs/*.yml) and inline BuildSpec strings of CodeBuild projects in CloudFormation templates. */
export function buildspecSchema(files: Files): ValidatorResult {
  validate ??= new Ajv({ strict: false, allErrors: true }).compile(BUILDSPEC_SCHEMA);
  const specs: [string, string][] = select(files, (p) => /(^|\/)buildspecs?\/[^/]+\.ya?ml$/.test(p) || /buildspec[^/]*\.ya?ml$/.test(p));
  for (const [path, text] of cloudFormationTemplates(files)) {
    const data = parse(text, { customTags: CFN_TAGS }) as { Resources: Record<string, { Type?: string; Properties?: { Source?: { BuildSpec?: unknown } } }> };
    for (const [id, r] of Object.entries(data.Resources))
      if (r.Type === "AWS::CodeBuild::Project" && typeof r.Properties?.Source?.BuildSpec === "string" && /^version:/m.test(r.Properties.Source.BuildSpec))
        specs.push([`${path}#${id}`, r.Properties.Source.BuildSpec]);
  }
  const problems: ValidatorResult["problems"] = [];
  for (const [path, text] of specs) {
    let data: unknown;
    try {
      data = parse(text, { version: "1.1" });
    } catch (err) {
      problems.push({ tool: "buildspec", path, message: (err as Error).message });
      continue;
    }
    if (!validate(data)) for (const e of validate.errors ?? []) problems.push({ tool: "buildspec", path, message: `${e.instancePath || "/"} ${e.message ?? ""}` });
  }
  return { tool: "buildspec", checked: specs.length, problems };
}
