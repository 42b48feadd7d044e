import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { formatPath, readSource, validateSource, type SourceFile } from "../data-file.js";
import { UserError, located } from "../errors.js";
import type { CheckMeta } from "../model/evidence.js";
import { PILLAR_IDS } from "../model/pillars.js";
import { loadQuestionnaire } from "../questionnaire/load.js";
import type { Questionnaire } from "../questionnaire/model.js";
import { loadModules } from "../render/load-modules.js";

/**
 * Check metadata lives in checks/<pillar>.yaml so the assessment can use it without loading any AWS
 * code. Links are written once: the questions a check speaks to come from the questionnaires'
 * `evidence` lists, and the modules that remediate it from the template manifests' `checks` lists.
 */
export const checkMetaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+\.[a-z0-9][a-z0-9-]*$/, "expected <service>.<name>"),
  title: z.string().min(1),
  capability: z.string().regex(/^[a-z-]+$/, "expected the capability id within the pillar"),
  severity: z.enum(["critical", "high", "medium", "low", "informational"]),
  calls: z.array(z.string().regex(/^[a-z0-9-]+:(List|Describe|Get|GenerateCredentialReport|BatchGet|Search)[A-Za-z0-9]*$/, "expected a read-only call such as iam:ListUsers")).min(1),
  remediation: z.strictObject({ doc: z.url(), text: z.string().min(1) }),
});

export const checkFileSchema = z.strictObject({
  pillar: z.enum(PILLAR_IDS),
  checks: z.array(checkMetaSchema).min(1),
});

/** Where the three catalogs live (the CLI's ctx.paths has them all). */
export interface CatalogPaths {
  checks: string;
  questionnaires: string;
  templates: string;
}

/** Loads checks/*.yaml and links it to the questionnaire and the template modules, failing on any dangling id. */
export async function loadCheckCatalog(paths: CatalogPaths, loaded: { questionnaire?: Questionnaire } = {}): Promise<Map<string, CheckMeta>> {
  const catalog = new Map<string, CheckMeta>();
  const at = new Map<string, (msg: string) => string>();
  const problems: string[] = [];
  for (const name of (await readdir(paths.checks)).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const source = await readSource(join(paths.checks, name), "check catalog");
    const file = validateSource(source, checkFileSchema, "check catalog");
    file.checks.forEach((c, i) => {
      const where = (field: string) => (msg: string) => locate(source, ["checks", i, field], msg);
      if (catalog.has(c.id)) problems.push(where("id")(`duplicate check id "${c.id}"`));
      at.set(c.id, where("id"));
      catalog.set(c.id, { ...c, pillar: file.pillar, capability: `${file.pillar}.${c.capability}`, questions: [] });
    });
  }
  const questionnaire = loaded.questionnaire ?? (await loadQuestionnaire(paths.questionnaires));
  // Manifests naming an unknown check fail here, with the manifest's file and place.
  const modules = await loadModules(paths.templates, { checks: catalog.keys(), questionnaire });
  problems.push(...linkChecks(catalog, questionnaire, at));
  for (const id of [...modules.modules.keys()].sort())
    for (const check of modules.modules.get(id)!.manifest.checks) {
      const meta = catalog.get(check);
      if (meta && !meta.remediation.module) meta.remediation = { module: id, ...meta.remediation };
    }
  if (problems.length) throw new UserError("the check catalog is invalid", problems);
  return catalog;
}

/** Fills in each check's questions from the questionnaire's evidence links and reports every dangling end. */
export function linkChecks(catalog: Map<string, CheckMeta>, questionnaire: Questionnaire, at: Map<string, (msg: string) => string>): string[] {
  const problems: string[] = [];
  for (const q of questionnaire.questions.values())
    for (const link of q.evidence) {
      const check = catalog.get(link.check);
      if (!check) problems.push(link.at(`unknown check "${link.check}"`));
      else if (!check.questions.includes(q.id)) check.questions.push(q.id);
    }
  for (const c of catalog.values()) {
    const where = at.get(c.id) ?? ((msg: string) => `${c.id}: ${msg}`);
    if (!questionnaire.capabilities.has(c.capability)) problems.push(where(`unknown capability "${c.capability}"`));
    if (!c.questions.length) problems.push(where(`check "${c.id}" speaks to no question: add it to a question's evidence list in questionnaires/${c.pillar}.yaml`));
  }
  return problems;
}

const locate = (source: SourceFile, path: (string | number)[], msg: string) => located(source.file, { ...source.locate(path), path: formatPath(path) }, msg);
