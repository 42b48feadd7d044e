import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import { select, type Files, type ValidatorResult } from "./types.js";

const require = createRequire(import.meta.url);
const schemaPath = require.resolve("aws-ssm-document-language-service/dist/schema.json");

function loadSchema(): object {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  // The schema dates from 2020: add the actions AWS added since.
  const actions: string[] = schema.properties.mainSteps.items.properties.action.enum;
  for (const a of ["aws:loop", "aws:updateVariable"]) if (!actions.includes(a)) actions.push(a);
  // ... and the aws:executeScript runtimes it supports today (3.6 and 3.7 are no longer accepted).
  const runtimes = findEnum(schema, "python3.6");
  for (const r of ["python3.8", "python3.9", "python3.10", "python3.11", "PowerShell 7.4"]) if (runtimes && !runtimes.includes(r)) runtimes.push(r);
  return schema;
}

/** The first enum list in the schema that contains `value`. */
function findEnum(node: unknown, value: string): string[] | undefined {
  if (!node || typeof node !== "object") return undefined;
  const e = (node as { enum?: unknown }).enum;
  if (Array.isArray(e) && e.includes(value)) return e as string[];
  for (const v of Object.values(node)) {
    const hit = findEnum(v, value);
    if (hit) return hit;
  }
  return undefined;
}

let validate: ReturnType<Ajv["compile"]> | undefined;

/** SSM Automation documents (JSON with schemaVersion 0.3 and mainSteps) against the language service's schema. */
export function ssmSchema(files: Files): ValidatorResult {
  validate ??= new Ajv({ strict: false, unicodeRegExp: false, allErrors: true }).compile(loadSchema());
  const docs = select(files, (p) => p.endsWith(".json")).filter(([, t]) => {
    try {
      const d = JSON.parse(t);
      return d && typeof d === "object" && "mainSteps" in d;
    } catch {
      return false;
    }
  });
  const problems: ValidatorResult["problems"] = [];
  for (const [path, text] of docs) {
    if (!validate(JSON.parse(text)))
      for (const e of validate.errors ?? []) problems.push({ tool: "ssm-schema", path, message: `${e.instancePath || "/"} ${e.message ?? ""} ${JSON.stringify(e.params)}` });
  }
  return { tool: "ssm-schema", checked: docs.length, problems };
}
