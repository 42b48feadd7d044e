import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { readSource, validateSource } from "../data-file.js";
import { UserError } from "../errors.js";
import type { CheckMeta } from "../model/evidence.js";
import { PILLAR_IDS } from "../model/pillars.js";
import { STAGES } from "../model/stages.js";

/** Check metadata lives in checks/<pillar>.yaml so the assessment can use it without loading any AWS code. */
export const checkMetaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+\.[a-z0-9][a-z0-9-]*$/, "expected <service>.<name>"),
  title: z.string().min(1),
  capability: z.string().regex(/^[a-z-]+$/, "expected the capability id within the pillar"),
  severity: z.enum(["critical", "high", "medium", "low", "informational"]),
  questions: z.array(z.string()).default([]),
  calls: z.array(z.string().regex(/^[a-z0-9-]+:(List|Describe|Get|GenerateCredentialReport|BatchGet)[A-Za-z0-9]*$/, "expected a read-only call such as iam:ListUsers")).min(1),
  failCap: z.enum(STAGES),
  passFloor: z.enum(STAGES).optional(),
  remediation: z.strictObject({ module: z.string().optional(), doc: z.url(), text: z.string().min(1) }),
});

export const checkFileSchema = z.strictObject({
  pillar: z.enum(PILLAR_IDS),
  checks: z.array(checkMetaSchema).min(1),
});

export async function loadCheckCatalog(dir: string): Promise<Map<string, CheckMeta>> {
  const catalog = new Map<string, CheckMeta>();
  const problems: string[] = [];
  for (const name of (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const source = await readSource(join(dir, name), "check catalog");
    const file = validateSource(source, checkFileSchema, "check catalog");
    for (const c of file.checks) {
      if (catalog.has(c.id)) problems.push(`${source.file}: duplicate check id "${c.id}"`);
      catalog.set(c.id, { ...c, pillar: file.pillar, capability: `${file.pillar}.${c.capability}` });
    }
  }
  if (problems.length) throw new UserError("the check catalog is invalid", problems);
  return catalog;
}
