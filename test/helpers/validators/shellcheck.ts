import { execa } from "execa";
import { writeTemp } from "./tmp-tree.js";
import { toolVersion } from "./tool-available.js";
import { select, type Files, type ValidatorResult } from "./types.js";

/** shellcheck on every .sh file in one call. */
export async function shellcheck(files: Files): Promise<ValidatorResult> {
  const scripts = select(files, (p) => p.endsWith(".sh"));
  if (!(await toolVersion("shellcheck"))) return { tool: "shellcheck", checked: 0, problems: [], skipped: "shellcheck is not installed (apt-get install shellcheck)" };
  if (!scripts.length) return { tool: "shellcheck", checked: 0, problems: [] };
  const { dir, cleanup } = await writeTemp(scripts);
  try {
    const r = await execa("shellcheck", ["--format=json1", "--shell=bash", ...scripts.map(([p]) => p)], { cwd: dir, reject: false, timeout: 60_000 });
    const out = JSON.parse(r.stdout || '{"comments":[]}') as { comments: { file: string; line: number; level: string; code: number; message: string }[] };
    return {
      tool: "shellcheck",
      checked: scripts.length,
      problems: out.comments.map((c) => ({ tool: "shellcheck", path: c.file, line: c.line, message: `${c.level} SC${c.code}: ${c.message}` })),
    };
  } finally {
    await cleanup();
  }
}
