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
 * newline) and checks it reads back in its language: JSON must parse (and is re-indented), YAML must
 * parse with CloudFormation tags and without warnings. A template bug then fails at render, naming
 * the template, instead of shipping a broken file.
 */
export function finishOutput(text: string, path: string, template: string): { text: string; data?: unknown } {
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
  if (lang === "yaml") {
    const doc = parseDocument(out, { customTags: CFN_TAGS, uniqueKeys: true, prettyErrors: false });
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length) fail(problems.map((p) => p.message.split("\n")[0]).join("; "));
    return { text: out, data: doc.toJS() };
  }
  return { text: out };
}
