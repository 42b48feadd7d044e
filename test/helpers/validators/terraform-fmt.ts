import { execa } from "execa";
import { writeTemp } from "./tmp-tree.js";
import { toolVersion } from "./tool-available.js";
import { select, type Files, type ValidatorResult } from "./types.js";

/** `terraform fmt -check -recursive` over every .tf file (needs no provider); reports the diff per file. */
export async function terraformFmt(files: Files): Promise<ValidatorResult> {
  const tf = select(files, (p) => /\.(tf|tfvars)$/.test(p));
  if (!(await toolVersion("terraform", ["version"]))) return { tool: "terraform fmt", checked: 0, problems: [], skipped: "terraform is not installed (https://developer.hashicorp.com/terraform/install)" };
  if (!tf.length) return { tool: "terraform fmt", checked: 0, problems: [] };
  const { dir, cleanup } = await writeTemp(tf);
  try {
    const r = await execa("terraform", ["fmt", "-check", "-recursive", "-diff", "-no-color", "."], { cwd: dir, reject: false, timeout: 120_000 });
    if (r.exitCode === 0) return { tool: "terraform fmt", checked: tf.length, problems: [] };
    // Output: a file name line followed by its diff, per unformatted file; errors (syntax) on stderr.
    const problems = r.stderr.trim() ? [{ tool: "terraform fmt", path: "(terraform)", message: r.stderr.trim() }] : [];
    const chunks = r.stdout.split(/\n(?=[^\s+\-@].*\.tf\n)/);
    for (const chunk of chunks.filter((c) => c.trim())) {
      const [first, ...rest] = chunk.split("\n");
      problems.push({ tool: "terraform fmt", path: first!.trim(), message: `not formatted:\n${rest.join("\n")}` });
    }
    return { tool: "terraform fmt", checked: tf.length, problems };
  } finally {
    await cleanup();
  }
}
