import { lint } from "markdownlint/promise";
import { select, type Files, type ValidatorResult } from "./types.js";

/** markdownlint defaults, minus line length (prose and tables) and with sibling-only duplicate headings. */
export const MARKDOWNLINT_CONFIG = { default: true, MD013: false, MD024: { siblings_only: true } };

export async function markdownlint(files: Files): Promise<ValidatorResult> {
  const docs = select(files, (p) => p.endsWith(".md"));
  const strings = Object.fromEntries(docs);
  const results = await lint({ strings, config: MARKDOWNLINT_CONFIG });
  const problems: ValidatorResult["problems"] = [];
  for (const [path, errors] of Object.entries(results))
    for (const e of errors)
      problems.push({ tool: "markdownlint", path, line: e.lineNumber, message: `${e.ruleNames.join("/")}: ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ""}${e.errorContext ? ` [${e.errorContext}]` : ""}` });
  return { tool: "markdownlint", checked: docs.length, problems };
}
