import type { Finding } from "../model/evidence.js";
import { stageLevel, type Stage } from "../model/stages.js";
import type { CompleteAnswers } from "../questionnaire/answers.js";
import { isVisible } from "../questionnaire/conditions.js";
import type { Question } from "../questionnaire/model.js";
import type { FileEntry, ModuleCatalog, ModuleManifest, TemplateModule } from "./manifest-schema.js";

export type SelectionReason = "baseline" | "gap" | "findings" | "prerequisite";

export interface SelectedModule {
  manifest: ModuleManifest;
  reason: SelectionReason;
  /** The capability's effective stage today (not assessed counts as traditional: unknown is never a pass). */
  fromStage: Stage;
  toStage: Stage;
  /** Failing findings of the module's checks. */
  findings: Finding[];
  /** The module's files that apply to this org (flavor, CI, withModules). */
  files: FileEntry[];
}

export interface SelectionInput {
  catalog: ModuleCatalog;
  answers: CompleteAnswers;
  /** Capability id -> effective (evidence-capped) stage; null when not assessed. */
  stages: Map<string, Stage | null>;
  /** Failing findings (status "fail") from the evidence, if any. */
  findings: Finding[];
}

/** Does the module fit this org at all: flavor, CI system and its `when` conditions. */
export function applies(m: ModuleManifest, answers: CompleteAnswers): boolean {
  const { iac, ci } = answers.organization;
  return m.iac.includes(iac) && m.ci.includes(ci) && isVisible({ when: m.when } as Question, answers);
}

/**
 * Chooses the modules for this org. A module is included when it applies and either closes a gap
 * (the capability is below `raises.to`) or a failing finding of its checks exists, never when the
 * capability is already optimal; baseline modules always; prerequisites of included modules too
 * (transitively, when they apply). Returned in stable topological order (prerequisites first,
 * then by id).
 */
export function selectModules(input: SelectionInput): SelectedModule[] {
  const { catalog, answers, stages } = input;
  const failing = input.findings.filter((f) => f.status === "fail");
  const chosen = new Map<string, SelectionReason>();

  for (const [id, { manifest: m }] of catalog.modules) {
    if (!applies(m, answers)) continue;
    const stage = stages.get(m.raises.capability) ?? null;
    const level = stage === null ? 0 : stageLevel(stage);
    const closes = failing.some((f) => m.checks.includes(f.checkId));
    if (m.baseline) chosen.set(id, "baseline");
    else if (stage === "optimal") continue;
    else if (level < stageLevel(m.raises.to)) chosen.set(id, "gap");
    else if (closes) chosen.set(id, "findings");
  }
  // Prerequisites, transitively; one that does not apply to this org (flavor, when) is left out.
  const queue = [...chosen.keys()];
  while (queue.length) {
    const id = queue.shift()!;
    for (const p of catalog.modules.get(id)!.manifest.prerequisites) {
      if (chosen.has(p) || !applies(catalog.modules.get(p)!.manifest, answers)) continue;
      chosen.set(p, "prerequisite");
      queue.push(p);
    }
  }

  const ids = new Set(chosen.keys());
  return topoOrder([...chosen.keys()].map((id) => catalog.modules.get(id)!), ids).map((mod) => {
    const m = mod.manifest;
    const stage = stages.get(m.raises.capability) ?? null;
    const fromStage: Stage = stage ?? "traditional";
    const toStage: Stage = stageLevel(m.raises.to) > stageLevel(fromStage) ? m.raises.to : fromStage;
    return {
      manifest: m,
      reason: chosen.get(m.id)!,
      fromStage,
      toStage,
      findings: failing.filter((f) => m.checks.includes(f.checkId)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      files: applicableFiles(m.files, answers, ids),
    };
  });
}

export function applicableFiles(files: FileEntry[], answers: CompleteAnswers, selected: ReadonlySet<string>): FileEntry[] {
  const { iac, ci } = answers.organization;
  return files.filter((f) => (!f.iac || f.iac === iac) && (!f.ci || f.ci === ci) && f.withModules.every((m) => selected.has(m)));
}

/** Kahn's algorithm, always taking the smallest ready id: the same input gives the same order. */
export function topoOrder(modules: TemplateModule[], included: ReadonlySet<string>): TemplateModule[] {
  const byId = new Map(modules.map((m) => [m.manifest.id, m]));
  const pending = new Map(modules.map((m) => [m.manifest.id, new Set(m.manifest.prerequisites.filter((p) => included.has(p)))]));
  const out: TemplateModule[] = [];
  while (pending.size) {
    const ready = [...pending.entries()].filter(([, deps]) => deps.size === 0).map(([id]) => id).sort();
    if (!ready.length) throw new Error(`prerequisite cycle among ${[...pending.keys()].join(", ")}`);
    const id = ready[0]!;
    pending.delete(id);
    for (const deps of pending.values()) deps.delete(id);
    out.push(byId.get(id)!);
  }
  return out;
}
