import { parseDocument } from "yaml";
import { CFN_TAGS } from "../../../src/render/cfn-yaml.js";
import { select, type Files, type ValidatorResult } from "./types.js";

/**
 * Every YAML file parses under YAML 1.1 and 1.2 to the same data, without errors or warnings
 * (an unknown tag is a warning that silently becomes a string). CloudFormation short tags are known.
 */
export function yamlVersions(files: Files): ValidatorResult {
  const docs = select(files, (p) => /\.ya?ml$/.test(p));
  const problems: ValidatorResult["problems"] = [];
  for (const [path, text] of docs) {
    const read = (version: "1.1" | "1.2") => {
      const doc = parseDocument(text, { version, customTags: CFN_TAGS, uniqueKeys: true, prettyErrors: false });
      for (const e of [...doc.errors, ...doc.warnings]) problems.push({ tool: `yaml ${version}`, path, message: e.message.split("\n")[0]! });
      return JSON.stringify(doc.toJS());
    };
    const a = read("1.1");
    const b = read("1.2");
    if (a !== b) {
      let i = 0;
      while (a[i] === b[i]) i++;
      problems.push({ tool: "yaml 1.1 vs 1.2", path, message: `reads differently: 1.1 …${a.slice(Math.max(0, i - 40), i + 40)}… vs 1.2 …${b.slice(Math.max(0, i - 40), i + 40)}…` });
    }
  }
  return { tool: "yaml 1.1/1.2", checked: docs.length, problems };
}
