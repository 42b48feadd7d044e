import { parse } from "@cdktf/hcl2json";
import { select, type Files, type ValidatorResult } from "./types.js";

/** Every .tf file parses as HCL (@cdktf/hcl2json, the HCL parser compiled to WebAssembly). */
export async function hclParse(files: Files): Promise<ValidatorResult> {
  const tf = select(files, (p) => /\.(tf|hcl|tfvars)$/.test(p));
  const problems: ValidatorResult["problems"] = [];
  for (const [path, text] of tf) {
    try {
      await parse(path, text);
    } catch (err) {
      problems.push({ tool: "hcl2json", path, message: String((err as Error).message ?? err) });
    }
  }
  return { tool: "hcl2json", checked: tf.length, problems };
}
