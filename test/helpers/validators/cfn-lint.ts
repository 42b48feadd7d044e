import { execa } from "execa";
import { parse } from "yaml";
import { CFN_TAGS } from "../../../src/render/cfn-yaml.js";
import { writeTemp } from "./tmp-tree.js";
import { toolVersion } from "./tool-available.js";
import { select, type Files, type ValidatorResult } from "./types.js";

/** YAML files that are CloudFormation templates (they have Resources). */
export function cloudFormationTemplates(files: Files): [string, string][] {
  return select(files, (p) => /\.ya?ml$/.test(p)).filter(([, text]) => {
    try {
      const data = parse(text, { customTags: CFN_TAGS, logLevel: "silent" }) as Record<string, unknown> | null;
      return !!data && typeof data === "object" && "Resources" in data;
    } catch {
      return false;
    }
  });
}

interface CfnLintMatch {
  Filename: string;
  Level: string;
  Message: string;
  Rule: { Id: string };
  Location: { Start: { LineNumber: number } };
}

/** cfn-lint on every CloudFormation template in one call; warnings and informational matches count too. */
export async function cfnLint(files: Files): Promise<ValidatorResult> {
  const templates = cloudFormationTemplates(files);
  if (!(await toolVersion("cfn-lint"))) return { tool: "cfn-lint", checked: 0, problems: [], skipped: "cfn-lint is not installed (pip install cfn-lint)" };
  if (!templates.length) return { tool: "cfn-lint", checked: 0, problems: [] };
  // Lint each distinct text once (profiles share many identical templates); report on every path with it.
  const byText = new Map<string, string[]>();
  for (const [path, text] of templates) byText.set(text, [...(byText.get(text) ?? []), path]);
  const unique = [...byText.entries()].map(([text, paths]) => [paths[0]!, text] as [string, string]);
  const { dir, cleanup } = await writeTemp(unique);
  try {
    const r = await execa("cfn-lint", ["--format", "json", "--", ...unique.map(([p]) => p)], { cwd: dir, reject: false, timeout: 300_000 });
    if (r.exitCode !== 0 && !r.stdout.trim().startsWith("[")) throw new Error(`cfn-lint failed: ${r.stderr || r.stdout}`);
    const matches = JSON.parse(r.stdout || "[]") as CfnLintMatch[];
    return {
      tool: "cfn-lint",
      checked: templates.length,
      problems: matches.flatMap((m) =>
        (byText.get(unique.find(([p]) => p === m.Filename)?.[1] ?? "") ?? [m.Filename]).map((path) => ({
          tool: "cfn-lint",
          path,
          line: m.Location.Start.LineNumber,
          message: `${m.Level} ${m.Rule.Id}: ${m.Message}`,
        })),
      ),
    };
  } finally {
    await cleanup();
  }
}
