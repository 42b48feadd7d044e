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
  return schema;
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
