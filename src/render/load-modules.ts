import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { readSource, validateSource, type SourceFile } from "../data-file.js";
import { UserError, located } from "../errors.js";
import type { Questionnaire } from "../questionnaire/model.js";
import { STEPS_DIR, checkEffects, loadSteps } from "./load-steps.js";
import { manifestSchema, repoManifestSchema, type FileEntry, type ModuleCatalog, type TemplateModule } from "./manifest-schema.js";

export interface LoadOptions {
  /** When given, every `effects` entry must name one of its questions and an option of that question. */
  questionnaire?: Questionnaire;
  /** Known check ids (from checks/*.yaml); when given, `checks` must name them. */
  checks?: Iterable<string>;
}

/**
 * Reads every `templates/<id>/module.yaml` (folders starting with `_` are not modules) and the
 * template sources they name, and cross-checks them: ids, prerequisites (exist, no cycles),
 * `withModules`, template files present, no two files writing one path.
 */
export async function loadModules(templatesDir: string, opts: LoadOptions = {}): Promise<ModuleCatalog> {
  const problems: string[] = [];
  const modules = new Map<string, TemplateModule>();
  const sourcesOf = new Map<string, SourceFile>();
  const names: string[] = [];
  for (const name of (await readdir(templatesDir)).sort())
    // stat, not the dirent: a module folder may be a symlink.
    if (!name.startsWith("_") && !name.startsWith(".") && (await stat(join(templatesDir, name))).isDirectory()) names.push(name);

  // Read every module in parallel (many small files); report in folder order.
  const loaded = await Promise.all(
    names.map(async (name) => {
      const dir = join(templatesDir, name);
      const local: string[] = [];
      const source = await readSource(join(dir, "module.yaml"), "template module manifest");
      const manifest = validateSource(source, manifestSchema, "template module manifest");
      const at = (path: (string | number)[], msg: string) => local.push(located(source.file, { ...source.locate(path), path: path.join(".") }, msg));
      if (manifest.id !== name) at(["id"], `id "${manifest.id}" must equal the folder name "${name}"`);
      if (!manifest.checks.length && !manifest.criteria.length) at(["criteria"], "expected checks or criteria: how to tell the step is done");
      if (!manifest.baseline && !Object.keys(manifest.effects).length && !manifest.checks.length)
        at(["effects"], "expected effects or checks: a module that is not baseline is scheduled for the answers it moves or the checks it fixes");
      manifest.files.forEach((f, i) => {
        if (f.iac && !manifest.iac.includes(f.iac)) at(["files", i, "iac"], `iac "${f.iac}" is not in the module's iac list (${manifest.iac.join(", ")})`);
        if (f.ci && !manifest.ci.includes(f.ci)) at(["files", i, "ci"], `ci "${f.ci}" is not in the module's ci list (${manifest.ci.join(", ")})`);
        if (f.stack && f.iac !== "cloudformation") at(["files", i, "stack"], `stack applies to CloudFormation files only (set iac: cloudformation)`);
      });
      checkPathClashes(manifest.files, (i, msg) => at(["files", i, "path"], msg));
      const [sources, data] = await Promise.all([readTemplates(dir, manifest.files, (i, msg) => at(["files", i, "template"], msg)), readDataFiles(dir)]);
      return { name, source, problems: local, module: { manifest, dir, sources, data } };
    }),
  );
  for (const l of loaded) {
    sourcesOf.set(l.name, l.source);
    problems.push(...l.problems);
    modules.set(l.name, l.module);
  }

  const known = new Set(modules.keys());
  const checks = opts.checks ? new Set(opts.checks) : undefined;
  for (const [name, { manifest }] of modules) {
    const source = sourcesOf.get(name)!;
    const at = (path: (string | number)[], msg: string) => problems.push(located(source.file, { ...source.locate(path), path: path.join(".") }, msg));
    manifest.prerequisites.forEach((p, i) => {
      if (p === name) at(["prerequisites", i], "a module cannot be its own prerequisite");
      else if (!known.has(p)) at(["prerequisites", i], `unknown module "${p}"`);
    });
    manifest.files.forEach((f, i) =>
      f.withModules.forEach((m, j) => {
        if (!known.has(m)) at(["files", i, "withModules", j], `unknown module "${m}"`);
      }),
    );
    if (opts.questionnaire) checkEffects(manifest.effects, opts.questionnaire, at);
    manifest.prerequisites.forEach((p, i) => {
      if (manifest.bootstrap && modules.get(p) && !modules.get(p)!.manifest.bootstrap) at(["prerequisites", i], `"${p}" is not bootstrap, so this bootstrap module cannot come after it`);
    });
    manifest.checks.forEach((c, i) => {
      if (checks && !checks.has(c)) at(["checks", i], `unknown check "${c}"`);
    });
  }
  const cycle = findCycle(modules);
  if (cycle) problems.push(`prerequisites form a cycle: ${cycle.join(" -> ")}`);

  const repoDir = join(templatesDir, "_repo");
  const repoSource = await readSource(join(repoDir, "module.yaml"), "repository template manifest");
  const repo = validateSource(repoSource, repoManifestSchema, "repository template manifest");
  const repoAt = (i: number, msg: string) => problems.push(located(repoSource.file, { ...repoSource.locate(["files", i]), path: `files[${i}]` }, msg));
  checkPathClashes(repo.files, repoAt);
  const repoSources = await readTemplates(repoDir, repo.files, repoAt);

  const steps = await loadSteps(join(templatesDir, STEPS_DIR), known, { questionnaire: opts.questionnaire, checks }, problems);

  if (problems.length) throw new UserError(`the templates in ${templatesDir} are invalid`, problems);
  return { templatesDir, modules, steps, repo: { dir: repoDir, files: repo.files, sources: repoSources } };
}


/** Two entries may share a path only when they are alternatives (different iac or ci flavors). */
function checkPathClashes(files: FileEntry[], report: (i: number, msg: string) => void): void {
  files.forEach((f, i) => {
    const j = files.findIndex((g, k) => k < i && g.path === f.path && overlaps(g.iac, f.iac) && overlaps(g.ci, f.ci));
    if (j >= 0) report(i, `path "${f.path}" is also written by files[${j}] for the same flavor`);
  });
}
const overlaps = (a?: string, b?: string) => !a || !b || a === b;

async function readTemplates(dir: string, files: FileEntry[], report: (i: number, msg: string) => void): Promise<Map<string, string>> {
  const unique = [...new Map(files.map((f, i) => [f.template, i])).entries()];
  const texts = await Promise.all(unique.map(([t]) => readFile(join(dir, t), "utf8").catch(() => undefined)));
  const sources = new Map<string, string>();
  unique.forEach(([template, i], k) => {
    if (texts[k] === undefined) report(i, `template file ${join(dir, template)} does not exist`);
    else sources.set(template, texts[k]!);
  });
  return sources;
}

/** YAML data files at the top of a module folder other than module.yaml (inputs for a generator). */
async function readDataFiles(dir: string): Promise<Map<string, string>> {
  const data = new Map<string, string>();
  for (const name of (await readdir(dir)).sort())
    if (/\.ya?ml$/.test(name) && name !== "module.yaml") data.set(name, await readFile(join(dir, name), "utf8"));
  return data;
}

function findCycle(modules: Map<string, TemplateModule>): string[] | undefined {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === "done") return undefined;
    if (state.get(id) === "visiting") return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, "visiting");
    stack.push(id);
    for (const p of modules.get(id)?.manifest.prerequisites ?? []) {
      const c = modules.has(p) ? visit(p) : undefined;
      if (c) return c;
    }
    stack.pop();
    state.set(id, "done");
    return undefined;
  };
  for (const id of [...modules.keys()].sort()) {
    const c = visit(id);
    if (c) return c;
  }
  return undefined;
}
