import { z } from "zod";
import { PILLAR_IDS } from "../model/pillars.js";
import { CI_SYSTEMS, IAC_FLAVORS } from "../model/profile.js";
import { conditionSchema } from "../questionnaire/schema.js";

const moduleId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a module id: lower-case letters, digits and dashes");
const questionId = z.string().regex(/^[a-z]+\.[a-z0-9][a-z0-9-]*$/, "expected <pillar>.<question>, e.g. data.keys");
const checkId = z.string().regex(/^[a-z0-9]+\.[a-z0-9][a-z0-9-]*$/, "expected <service>.<name>, e.g. kms.key-rotation");
// Paths are literal so that collisions, the roadmap's links and the deploy plan are known before rendering.
const outputPath = z
  .string()
  .regex(/^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._/-]+$/, "expected a relative POSIX path of letters, digits, . _ - and / (no .., no {{ }})");

/**
 * What a roadmap step is and does, shared by template modules and the non-code steps
 * (templates/_steps): its effect on the answers (question id -> the option it delivers), order,
 * effort, risk, who owns it and what it costs to run.
 */
export const stepFields = {
  effects: z.record(questionId, z.string().min(1)).default({}),
  prerequisites: z.array(moduleId).default([]),
  effort: z.enum(["S", "M", "L"]),
  risk: z.enum(["low", "medium", "high"]),
  owner: z.string().min(1),
  cost: z.string().min(1),
  /** "Done when" for a person to confirm, where no check sees it. */
  criteria: z.array(z.string().min(1)).default([]),
};

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
  ...stepFields,
  summary: z.string().min(1),
  when: z.array(conditionSchema).default([]),
  checks: z.array(checkId).default([]),
  iac: z.array(z.enum(IAC_FLAVORS)).min(1),
  ci: z.array(z.enum(CI_SYSTEMS)).min(1).default([...CI_SYSTEMS]),
  baseline: z.boolean().default(false),
  /** Needed before anything else can be applied (state, pipeline, audit role): always phase 0. */
  bootstrap: z.boolean().default(false),
  /** Code that adds files and template data (scp-guardrails: the packed SCPs). */
  generator: z.enum(["scp"]).optional(),
  files: z.array(fileEntrySchema).min(1),
});

export const STEP_KINDS = ["process", "organization", "purchase", "change"] as const;

/** templates/_steps/<pillar>.yaml: roadmap steps that are not code (a process, an organization change, a purchase). */
export const stepFileSchema = z.strictObject({
  pillar: z.enum(PILLAR_IDS),
  steps: z
    .array(
      z.strictObject({
        id: moduleId,
        title: z.string().min(1),
        kind: z.enum(STEP_KINDS),
        summary: z.string().min(1),
        ...stepFields,
        checks: z.array(checkId).default([]),
      }),
    )
    .min(1),
});

/** templates/_repo/module.yaml: the files every generated repository has, whatever modules are selected. */
export const repoManifestSchema = z.strictObject({
  files: z.array(fileEntrySchema).min(1),
});

export type FileEntry = z.output<typeof fileEntrySchema>;
export type ModuleManifest = z.output<typeof manifestSchema>;
export type NonCodeStep = z.output<typeof stepFileSchema>["steps"][number] & { pillar: z.output<typeof stepFileSchema>["pillar"] };

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
  /** Non-code roadmap steps by id (templates/_steps). */
  steps: Map<string, NonCodeStep>;
  repo: { dir: string; files: FileEntry[]; sources: Map<string, string> };
}
