import { z } from "zod";
import { PILLAR_IDS } from "../model/pillars.js";
import { CI_SYSTEMS, IAC_FLAVORS } from "../model/profile.js";
import { STAGES } from "../model/stages.js";
import { conditionSchema } from "../questionnaire/schema.js";

const moduleId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a module id: lower-case letters, digits and dashes");
const capabilityId = z.string().regex(/^[a-z]+\.[a-z0-9][a-z0-9-]*$/, "expected <pillar>.<capability>, e.g. data.encryption");
const checkId = z.string().regex(/^[a-z0-9]+\.[a-z0-9][a-z0-9-]*$/, "expected <service>.<name>, e.g. kms.key-rotation");
// Paths are literal so that collisions, the roadmap's links and the deploy plan are known before rendering.
const outputPath = z
  .string()
  .regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._/-]+$/, "expected a relative POSIX path of letters, digits, . _ - and / (no .., no {{ }})");

export const FILE_KINDS = ["iac", "runbook", "automation", "policy", "workflow", "buildspec", "doc"] as const;
export const STACK_TARGETS = ["management", "security", "stackset"] as const;

export const fileEntrySchema = z
  .strictObject({
    template: z.string().regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9._/-]+\.hbs$/, "expected a path inside the module folder ending in .hbs"),
    path: outputPath,
    iac: z.enum(IAC_FLAVORS).optional(),
    ci: z.enum(CI_SYSTEMS).optional(),
    kind: z.enum(FILE_KINDS).optional(),
    /** CloudFormation only: where the stack is deployed. */
    stack: z.enum(STACK_TARGETS).optional(),
    /** Rendered only when all these modules are selected. */
    withModules: z.array(moduleId).default([]),
  })
  .transform((f) => ({ ...f, kind: f.kind ?? (f.iac ? "iac" : "doc") }));

export const manifestSchema = z.strictObject({
  id: moduleId,
  title: z.string().min(1),
  pillar: z.enum(PILLAR_IDS),
  raises: z.strictObject({ capability: capabilityId, to: z.enum(STAGES) }),
  prerequisites: z.array(moduleId).default([]),
  effort: z.enum(["S", "M", "L"]),
  risk: z.enum(["low", "medium", "high"]),
  summary: z.string().min(1),
  when: z.array(conditionSchema).default([]),
  checks: z.array(checkId).default([]),
  iac: z.array(z.enum(IAC_FLAVORS)).min(1),
  ci: z.array(z.enum(CI_SYSTEMS)).min(1).default([...CI_SYSTEMS]),
  baseline: z.boolean().default(false),
  /** Code that adds files and template data (scp-guardrails: the packed SCPs). */
  generator: z.enum(["scp"]).optional(),
  files: z.array(fileEntrySchema).min(1),
});

/** templates/_repo/module.yaml: the files every generated repository has, whatever modules are selected. */
export const repoManifestSchema = z.strictObject({
  files: z.array(fileEntrySchema).min(1),
});

export type FileEntry = z.output<typeof fileEntrySchema>;
export type ModuleManifest = z.output<typeof manifestSchema>;

/** A loaded module: its manifest plus the template sources, read once. */
export interface TemplateModule {
  manifest: ModuleManifest;
  dir: string;
  /** template path (as in the manifest) -> source text */
  sources: Map<string, string>;
  /** Extra data files in the module folder (e.g. scp-guardrails/statements.yaml), path -> text. */
  data: Map<string, string>;
}

export interface ModuleCatalog {
  templatesDir: string;
  modules: Map<string, TemplateModule>;
  repo: { dir: string; files: FileEntry[]; sources: Map<string, string> };
}
