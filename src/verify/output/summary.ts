import type { Evidence, Finding, FindingStatus, Severity } from "../../model/evidence.js";
import { PILLAR_IDS, type PillarId } from "../../model/pillars.js";
import { printable } from "../../printable.js";
import type { FindingDelta } from "../compare-findings.js";

export const SEVERITY_ORDER: Severity[] = ["critical", "high", "medium", "low", "informational"];

export interface PillarCounts {
  pillar: PillarId;
  pass: number;
  fail: number;
  /** unknown + error: could not be evaluated. */
  unknown: number;
}

export function countByPillar(findings: Finding[]): PillarCounts[] {
  return PILLAR_IDS.map((pillar) => {
    const mine = findings.filter((f) => f.pillar === pillar);
    const n = (...s: FindingStatus[]) => mine.filter((f) => s.includes(f.status)).length;
    return { pillar, pass: n("pass"), fail: n("fail"), unknown: n("unknown", "error") };
  });
}

/** Failed checks, worst first: severity, then how many accounts/regions fail. One line per check. */
export function worstFindings(findings: Finding[], max = 10): { checkId: string; severity: Severity; count: number; example: Finding }[] {
  const byCheck = new Map<string, Finding[]>();
  for (const f of findings.filter((f) => f.status === "fail")) byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
  return [...byCheck.entries()]
    .map(([checkId, fs]) => ({ checkId, severity: fs[0]!.severity, count: fs.length, example: fs[0]! }))
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.count - a.count || a.checkId.localeCompare(b.checkId))
    .slice(0, max);
}

/** Whether any check evaluated something (pass, fail or nothing in scope); otherwise the scan verified nothing. */
export const verifiedAnything = (e: Evidence) => e.findings.some((f) => f.status === "pass" || f.status === "fail" || f.status === "not-applicable");

/** A scan that evaluated nothing, or did not cover what it was asked to, could not verify. */
export const couldNotVerify = (e: Evidence) => !verifiedAnything(e) || !!e.incomplete?.length;

/** The plain-text summary `verify` prints: counts per pillar, failed accounts, the worst findings. */
type Paint = (s: string) => string;
type Palette = { red: Paint; green: Paint; yellow: Paint; bold: Paint; dim: Paint };

export function formatSummary(e: Evidence, color: Palette): string {
  const lines: string[] = [];
  const scanned = e.accounts.filter((a) => a.status === "scanned").length;
  for (const why of e.incomplete ?? []) lines.push(color.yellow(`Could not verify: ${printable(why)}`));
  lines.push(color.bold(`${e.incomplete?.length ? `Scanned only ${scanned}` : `Scanned ${scanned}/${e.accounts.length}`} account(s) in ${e.regions.length} region(s)${e.organization ? ` of organization ${e.organization.id}` : ""}: ${e.findings.length} findings`));
  lines.push("");
  lines.push(`${"pillar".padEnd(12)} ${"passed".padStart(7)} ${"failed".padStart(7)} ${"unknown".padStart(8)}`);
  for (const c of countByPillar(e.findings)) lines.push(`${c.pillar.padEnd(12)} ${color.green(String(c.pass).padStart(7))} ${(c.fail ? color.red : (s: string) => s)(String(c.fail).padStart(7))} ${(c.unknown ? color.yellow : (s: string) => s)(String(c.unknown).padStart(8))}`);
  const failed = e.accounts.filter((a) => a.status === "failed");
  if (failed.length) {
    lines.push("");
    lines.push(color.yellow(`${failed.length} account(s) could not be scanned:`));
    for (const a of failed.slice(0, 10)) lines.push(`  ${a.id} ${printable(a.name)}: ${printable(a.error ?? "failed")}`);
  }
  const worst = worstFindings(e.findings);
  if (worst.length) {
    lines.push("");
    lines.push(color.bold("Worst findings:"));
    for (const w of worst) {
      lines.push(`  ${color.red(w.severity.padEnd(8))} ${w.checkId} ${color.dim(`(${w.count} account/region${w.count > 1 ? "s" : ""})`)}`);
      lines.push(`           ${printable(w.example.detail)}`);
      if (w.example.remediation.module) lines.push(color.dim(`           fix: template module ${w.example.remediation.module}; ${w.example.remediation.doc}`));
    }
  } else if (e.incomplete?.length) {
    lines.push("");
    lines.push(color.yellow("No failed check in what was scanned, but the scan is incomplete (see the first line)."));
  } else if (!verifiedAnything(e)) {
    lines.push("");
    lines.push(color.yellow("Could not verify: no check could read what it needs (every finding is unknown or error)."));
  } else if (e.findings.some((f) => f.status === "unknown" || f.status === "error")) {
    lines.push("");
    lines.push(color.yellow("No check failed, but some could not be evaluated (see the unknown column)."));
  } else {
    lines.push("");
    lines.push(color.green("No check failed."));
  }
  return `${lines.join("\n")}\n`;
}

/** `verify --baseline`: what changed since the baseline scan; only new and regressed findings fail the run. */
export function formatBaseline(d: FindingDelta<Finding>, baseline: string, color: Palette, max = 20): string {
  const lines = ["", color.bold(`Against the baseline ${baseline}: ${d.fixed.length} fixed, ${d.new.length} new, ${d.regressed.length} regressed, ${d.stillFailing} still failing`)];
  for (const [title, fs] of [["New:", d.new], ["Regressed:", d.regressed]] as const) {
    if (!fs.length) continue;
    lines.push(color.red(title));
    for (const f of fs.slice(0, max)) lines.push(`  ${f.id} (${f.severity}): ${printable(f.detail)}`);
    if (fs.length > max) lines.push(color.dim(`  and ${fs.length - max} more (--output lists every finding)`));
  }
  if (!d.new.length && !d.regressed.length) lines.push(color.green("Nothing new or regressed since the baseline."));
  return `${lines.join("\n")}\n`;
}
