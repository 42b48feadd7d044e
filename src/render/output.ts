import { parseDocument } from "yaml";
import { UserError } from "../errors.js";
import { CFN_TAGS } from "./cfn-yaml.js";

export type OutputLanguage = "hcl" | "json" | "yaml" | "md" | "sh" | "text";

export function languageOf(path: string): OutputLanguage {
  const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "tf" || ext === "hcl" || ext === "tfvars") return "hcl";
  if (ext === "json") return "json";
  if (ext === "yaml" || ext === "yml") return "yaml";
  if (ext === "md") return "md";
  if (ext === "sh") return "sh";
  return "text";
}

/**
 * Normalizes rendered text (LF endings, no trailing spaces, no runs of blank lines, one final
 * newline) and checks it reads back in its language: JSON must parse (and is re-indented); with
 * checkYaml (tests, template authors), YAML must parse with CloudFormation tags and without warnings.
 * A template bug then fails at render, naming the template. YAML parsing is opt-in because it costs
 * more than the rest of rendering together; the test suite checks every YAML output with it on.
 */
export function finishOutput(text: string, path: string, template: string, opts: { checkYaml?: boolean } = {}): { text: string; data?: unknown } {
  const lang = languageOf(path);
  let out = text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+/, "")
    .replace(/\n*$/, "\n");
  const fail = (msg: string) => {
    throw new UserError(`${template} rendered an invalid ${lang.toUpperCase()} file ${path}`, [msg]);
  };
  if (lang === "json") {
    try {
      const data: unknown = JSON.parse(out);
      return { text: `${JSON.stringify(data, null, 2)}\n`, data };
    } catch (err) {
      fail((err as Error).message);
    }
  }
  if (lang === "yaml" && opts.checkYaml) {
    const doc = parseDocument(out, { customTags: CFN_TAGS, uniqueKeys: true, prettyErrors: false });
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length) fail(problems.map((p) => p.message.split("\n")[0]).join("; "));
    return { text: out, data: doc.toJS() };
  }
  return { text: out };
}

/**
 * The Parameters a CloudFormation template declares, read from its text: generated templates use
 * block style with two-space indentation, so a line scan is exact and far cheaper than parsing.
 */
export function cfnParameterNames(text: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^Parameters:\s*$/.test(l));
  if (start < 0) return [];
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const m = /^ {2}([A-Za-z0-9]+):/.exec(line);
    if (m) names.push(m[1]!);
  }
  return names;
}
