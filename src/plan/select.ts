import type { Finding } from "../model/evidence.js";
import type { PillarId } from "../model/pillars.js";
import type { CompleteAnswers } from "../questionnaire/answers.js";
import { isVisible } from "../questionnaire/conditions.js";
import type { Question, Questionnaire } from "../questionnaire/model.js";
import type { FileEntry, ModuleCatalog, ModuleManifest } from "../render/manifest-schema.js";
import { movesOf, type CurrentAnswers } from "./effects.js";
import type { AnswerMove, ExistingControl, StepKind } from "./model.js";

export type SelectionReason = "baseline" | "gap" | "findings" | "prerequisite";

/** A template module or a non-code step, seen the same way by selection and the roadmap. */
export interface Candidate {
  id: string;
  kind: StepKind;
  title: string;
  pillar: PillarId;
  effects: Record<string, string>;
  prerequisites: string[];
  effort: "S" | "M" | "L";
  risk: "low" | "medium" | "high";
  owner: string;
  cost: string;
  checks: string[];
  criteria: string[];
  baseline: boolean;
  bootstrap: boolean;
  /** Set for template modules. */
  manifest?: ModuleManifest;
}

export interface SelectedStep {
  candidate: Candidate;
  reason: SelectionReason;
  /** The answers it moves up. */
  moves: AnswerMove[];
  /** Failing findings of its checks. */
  findings: Finding[];
  /** Its effects already in place (question -> the answer today): the step adopts that part instead of building it again. */
  adopts: Record<string, string>;
  /** A module's files that apply to this org (flavor, CI, withModules); none for a non-code step. */
  files: FileEntry[];
}

/** A selected template module (what render needs). */
export type SelectedModule = SelectedStep & { manifest: ModuleManifest };

export interface SelectionInput {
  catalog: ModuleCatalog;
  questionnaire: Questionnaire;
  answers: CompleteAnswers;
  current: CurrentAnswers;
  /** Failing findings (status "fail") from the evidence, if any. */
  findings: Finding[];
}

/** Does the module fit this org at all: flavor, CI system and its `when` conditions. */
export function applies(m: ModuleManifest, answers: CompleteAnswers): boolean {
  const { iac, ci } = answers.organization;
  return m.iac.includes(iac) && m.ci.includes(ci) && isVisible({ when: m.when } as Question, answers);
}

export function candidates(catalog: ModuleCatalog): Map<string, Candidate> {
  const out = new Map<string, Candidate>();
  for (const [id, { manifest: m }] of catalog.modules)
    out.set(id, { ...m, kind: "module", manifest: m });
  for (const [id, s] of catalog.steps) out.set(id, { ...s, baseline: false, bootstrap: false });
  return out;
}

/**
 * Chooses the steps for this org. One is included when it applies and moves an answer up (an
 * effect not yet in place, or contradicted by evidence), or a failing finding of its checks exists;
 * baseline modules always; prerequisites of included steps too (transitively), unless every effect
 * of the prerequisite is already in place: then the existing control is adopted, not built again.
 * Returned in stable topological order (prerequisites first, then by id).
 */
export function selectSteps(input: SelectionInput): { selected: SelectedStep[]; existing: ExistingControl[] } {
  const { catalog, answers, questionnaire, current } = input;
  const failing = input.findings.filter((f) => f.status === "fail");
  const all = candidates(catalog);
  const fits = (c: Candidate) => !c.manifest || applies(c.manifest, answers);
  const moves = new Map([...all.values()].map((c) => [c.id, movesOf(c.effects, questionnaire, answers, current)]));
  const findingsOf = (c: Candidate) => failing.filter((f) => c.checks.includes(f.checkId)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen = new Map<string, SelectionReason>();

  for (const c of all.values()) {
    if (!fits(c)) continue;
    if (c.baseline) chosen.set(c.id, "baseline");
    else if (moves.get(c.id)!.length) chosen.set(c.id, "gap");
    else if (findingsOf(c).length) chosen.set(c.id, "findings");
  }
  const existing = new Map<string, ExistingControl>();
  const queue = [...chosen.keys()];
  while (queue.length) {
    const id = queue.shift()!;
    for (const p of all.get(id)!.prerequisites) {
      const pre = all.get(p)!;
      if (chosen.has(p) || !fits(pre)) continue;
      if (Object.keys(pre.effects).length) {
        const had = existing.get(p);
        if (had) had.adoptedBy.push(id);
        else existing.set(p, { moduleId: p, title: pre.title, answers: inPlace(pre, current, new Set()), adoptedBy: [id] });
        continue;
      }
      chosen.set(p, "prerequisite");
      queue.push(p);
    }
  }

  const ids = new Set(chosen.keys());
  const selected = topoOrder([...ids].map((id) => all.get(id)!), ids).map((c) => ({
    candidate: c,
    reason: chosen.get(c.id)!,
    moves: moves.get(c.id)!,
    findings: findingsOf(c),
    adopts: inPlace(c, current, new Set(moves.get(c.id)!.map((m) => m.question))),
    files: c.manifest ? applicableFiles(c.manifest.files, answers, ids) : [],
  }));
  return { selected, existing: [...existing.values()].sort((a, b) => (a.moduleId < b.moduleId ? -1 : 1)) };
}

/** The answers that show a control (or part of it) in place: its effects' questions as answered, except those it still moves. */
function inPlace(c: Candidate, current: CurrentAnswers, moving: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.keys(c.effects).flatMap((q) => (current.has(q) && !moving.has(q) ? [[q, current.get(q)!.answer]] : [])));
}

export function applicableFiles(files: FileEntry[], answers: CompleteAnswers, selected: ReadonlySet<string>): FileEntry[] {
  const { iac, ci } = answers.organization;
  return files.filter((f) => (!f.iac || f.iac === iac) && (!f.ci || f.ci === ci) && f.withModules.every((m) => selected.has(m)));
}

/** Kahn's algorithm, always taking the smallest ready id: the same input gives the same order. */
export function topoOrder<T extends { id: string; prerequisites: string[] }>(items: T[], included: ReadonlySet<string>): T[] {
  const byId = new Map(items.map((m) => [m.id, m]));
  const pending = new Map(items.map((m) => [m.id, new Set(m.prerequisites.filter((p) => included.has(p)))]));
  const out: T[] = [];
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
