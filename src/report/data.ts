import type { Assessment, CapabilityResult, PillarResult, VerificationStatus } from "../assessment/model.js";
import type { Evidence, Finding, Severity } from "../model/evidence.js";
import { PILLAR_SHORT, type PillarId } from "../model/pillars.js";
import type { Stage } from "../model/stages.js";
import { PHASES, type Phase, type Roadmap } from "../plan/model.js";
import type { AnswersFile } from "../questionnaire/answers-schema.js";
import { compareAssessments, type Comparison } from "./compare.js";
import { executiveSummary, type ExecutiveSummary } from "./executive.js";
import { nextSteps, type NextStep } from "./next-steps.js";
import { toSavedAssessment, type SavedAssessment } from "./saved.js";

export interface ReportInput {
  assessment: Assessment;
  answers: AnswersFile;
  evidence?: Evidence;
  roadmap?: Roadmap;
  /** The assessment date (answers.assessedAt): an input, so the same answers give the same report. */
  date: string;
  /** Absent in a generated repository, where .zero-trust/manifest.json alone records it (a version bump changes one file). */
  toolVersion?: string;
  /** An earlier assessment to show progress against. */
  previous?: SavedAssessment;
}


const SEVERITY_ORDER: Severity[] = ["critical", "high", "medium", "low", "informational"];
/** Failing findings listed per check before "and N more": a report for 200 accounts must stay readable. */
export const FAILING_LISTED = 5;

export interface CheckGroup {
  checkId: string;
  severity: Severity;
  pass: number;
  fail: number;
  /** unknown or error: the check could not decide. */
  undecided: number;
  failing: Finding[];
  moreFailing: number;
  calls: string[];
  remediation?: Finding["remediation"];
}

export interface Contradiction {
  question: string;
  explanation: string;
  calls: string[];
}

export interface CapabilityView {
  id: string;
  title: string;
  core: boolean;
  answeredStage: Stage | null;
  verifiedStage: Stage | null;
  stage: Stage | null;
  status: VerificationStatus;
  understated: boolean;
  questions: { id: string; answer: string; answeredStage: Stage; verifiedStage: Stage | null; status: VerificationStatus }[];
  checks: CheckGroup[];
  contradictions: Contradiction[];
}

export interface PillarView {
  id: PillarId;
  title: string;
  short: string;
  principle: string;
  answeredStage: Stage;
  stage: Stage;
  level: number;
  answeredLevel: number;
  counts: Record<VerificationStatus, number>;
  capabilities: CapabilityView[];
}

export interface PhaseColumn {
  phase: Phase | -1;
  label: string;
  steps: number;
}

export interface ReportData {
  organization: string;
  date: string;
  toolVersion?: string;
  profile: AnswersFile["organization"];
  rule: string;
  overall: Assessment["overall"];
  evidence: Assessment["evidence"] & { failing: number; regions: string[] };
  pillars: PillarView[];
  nextSteps: NextStep[];
  /** Whether the next steps come from the roadmap or, without one, from the lowest capabilities. */
  nextStepsSource: "roadmap" | "gaps";
  expected?: { columns: PhaseColumn[]; rows: { pillar: PillarId; title: string; short: string; stages: Stage[] }[] };
  progress?: Comparison;
  saved: SavedAssessment;
  executive: ExecutiveSummary;
  /** Workshop notes and the answers nobody stood behind (not sure, or --yes defaults). */
  workshop: WorkshopView;
}

export interface WorkshopView {
  pillarNotes: { pillar: string; note: string }[];
  /** Every answered question, in questionnaire order: the appendix. */
  questions: { id: string; pillar: string; answer: string; status: VerificationStatus; note?: string; unsure: boolean; defaulted: boolean }[];
}

/** How an answer was given, for the appendix. */
export const given = (q: WorkshopView["questions"][number]) => (q.unsure ? "not sure" : q.defaulted ? "default (--yes)" : "answered");

/** Everything both renderers show, computed once so the Markdown and the HTML cannot disagree. */
export function buildReportData(input: ReportInput): ReportData {
  const { assessment, roadmap } = input;
  const saved = toSavedAssessment(input);
  const steps = nextSteps(assessment, roadmap);
  const pillars = assessment.pillars.map(pillarView);
  const last = roadmap?.expected.reduce((a, b) => (b.phase > a.phase ? b : a));
  const lastPhase = PHASES.find((p) => p.phase === last?.phase);
  return {
    organization: assessment.organization,
    date: input.date,
    toolVersion: input.toolVersion,
    profile: input.answers.organization,
    rule: assessment.rule,
    overall: assessment.overall,
    evidence: {
      ...assessment.evidence,
      failing: (input.evidence?.findings ?? []).filter((f) => f.status === "fail").length,
      regions: saved.evidence.regions ?? [],
    },
    pillars,
    nextSteps: steps,
    executive: executiveSummary(assessment.overall.stage, pillars, steps, last && lastPhase ? { label: `Phase ${lastPhase.phase} (${lastPhase.title}, ${lastPhase.horizon})`, stages: last.pillars } : undefined),
    nextStepsSource: roadmap ? "roadmap" : "gaps",
    ...(roadmap ? { expected: expectedView(roadmap, assessment) } : {}),
    ...(input.previous ? { progress: compareAssessments(input.previous, saved) } : {}),
    saved,
    workshop: workshopView(input),
  };
}

function workshopView({ assessment, answers }: ReportInput): WorkshopView {
  return {
    pillarNotes: assessment.pillars.filter((p) => answers.notes?.[p.id]).map((p) => ({ pillar: p.title, note: answers.notes![p.id]! })),
    questions: assessment.pillars.flatMap((p) =>
      p.capabilities
        .flatMap((c) => c.questions)
        .map((q) => ({
          id: q.id,
          pillar: p.title,
          answer: q.answer,
          status: q.status,
          ...(answers.notes?.[q.id] ? { note: answers.notes[q.id] } : {}),
          unsure: answers.unsure?.includes(q.id) ?? false,
          defaulted: answers.defaulted?.includes(q.id) ?? false,
        })),
    ),
  };
}

/** The questions that hold a pillar at its stage: those of its core capabilities at exactly that stage. */
export function stageSetters(p: PillarView): { id: string; answer: string }[] {
  const floor = p.capabilities.some((c) => c.core && c.stage !== null) ? p.capabilities.filter((c) => c.core) : p.capabilities;
  return floor.flatMap((c) => c.questions.filter((q) => (q.verifiedStage ?? q.answeredStage) === p.stage).map((q) => ({ id: q.id, answer: q.answer })));
}

function pillarView(p: PillarResult): PillarView {
  return {
    id: p.id,
    title: p.title,
    short: PILLAR_SHORT[p.id],
    principle: p.principle,
    answeredStage: p.answeredStage,
    stage: p.stage,
    level: p.level,
    answeredLevel: p.answeredLevel,
    counts: p.counts,
    capabilities: p.capabilities.map(capabilityView),
  };
}

function capabilityView(c: CapabilityResult): CapabilityView {
  // Two questions may share a check: each finding is listed once per capability.
  const findings = new Map<string, Finding>();
  for (const q of c.questions) for (const f of q.findings) findings.set(f.id, f);
  const byCheck = new Map<string, Finding[]>();
  for (const f of [...findings.values()].sort((a, b) => cmp(a.id, b.id))) byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
  const checks: CheckGroup[] = [...byCheck.entries()].map(([checkId, fs]) => {
    const failing = fs.filter((f) => f.status === "fail");
    return {
      checkId,
      severity: fs[0]!.severity,
      pass: fs.filter((f) => f.status === "pass").length,
      fail: failing.length,
      undecided: fs.filter((f) => f.status === "unknown" || f.status === "error").length,
      failing: failing.slice(0, FAILING_LISTED),
      moreFailing: Math.max(0, failing.length - FAILING_LISTED),
      calls: [...new Set(fs.flatMap((f) => f.calls))].sort(),
      ...(failing.length ? { remediation: failing[0]!.remediation } : {}),
    };
  });
  // Failing checks first, worst severity first: what the reader must act on comes first.
  checks.sort((a, b) => Number(b.fail > 0) - Number(a.fail > 0) || SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || cmp(a.checkId, b.checkId));
  return {
    id: c.id,
    title: c.title,
    core: c.core,
    answeredStage: c.answeredStage,
    verifiedStage: c.verifiedStage,
    stage: c.stage,
    status: c.status,
    understated: c.questions.some((q) => q.understated),
    questions: c.questions.map((q) => ({ id: q.id, answer: q.answer, answeredStage: q.answeredStage, verifiedStage: q.verifiedStage, status: q.status })),
    checks,
    contradictions: c.questions
      .filter((q) => q.status === "contradicted")
      .map((q) => ({
        question: q.id,
        explanation: q.explanation ?? `Evidence caps this answer at ${q.verifiedStage}.`,
        calls: [...new Set(q.findings.filter((f) => f.status === "fail").flatMap((f) => f.calls))].sort(),
      })),
  };
}

function expectedView(roadmap: Roadmap, assessment: Assessment): NonNullable<ReportData["expected"]> {
  const byPhase = new Map(roadmap.expected.map((e) => [e.phase, e.pillars]));
  const today = Object.fromEntries(assessment.pillars.map((p) => [p.id, p.stage])) as Record<PillarId, Stage>;
  const columns: PhaseColumn[] = [
    { phase: -1, label: "Today", steps: 0 },
    ...PHASES.map((p) => ({ phase: p.phase, label: `Phase ${p.phase}: ${p.title}`, steps: roadmap.phases.find((r) => r.phase === p.phase)?.steps.length ?? 0 })),
  ];
  // "Today" is the assessment itself, so the report never disagrees with its own summary; a phase
  // the roadmap does not list changes nothing and carries the previous column forward.
  let last = today;
  const perColumn = columns.map((c) => (last = c.phase === -1 ? today : (byPhase.get(c.phase) ?? last)));
  return {
    columns,
    rows: assessment.pillars.map((p) => ({ pillar: p.id, title: p.title, short: PILLAR_SHORT[p.id], stages: perColumn.map((stages) => stages[p.id] ?? p.stage) })),
  };
}

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "create-zero-trust 1.2.3", or the bare name where the version is recorded elsewhere. */
export const generator = (version?: string) => (version ? `create-zero-trust ${version}` : "create-zero-trust");
