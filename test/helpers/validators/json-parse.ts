import { select, type Files, type ValidatorResult } from "./types.js";

export function jsonParse(files: Files): ValidatorResult {
  const json = select(files, (p) => p.endsWith(".json"));
  const problems: ValidatorResult["problems"] = [];
  for (const [path, text] of json) {
    try {
      JSON.parse(text);
    } catch (err) {
      problems.push({ tool: "JSON.parse", path, message: (err as Error).message });
    }
  }
  return { tool: "JSON.parse", checked: json.length, problems };
}
