import { NO_COLORS, type Colors } from "../colors.js";
import type { Comparison, Direction } from "./compare.js";
import type { FindingSummary } from "./saved.js";

const LISTED = 10;
import { printable as safe } from "../printable.js";

/** The terminal view of `report --compare`: what moved, then findings fixed, new and regressed. */
export function formatComparison(c: Comparison, pc: Colors = NO_COLORS): string {
  const MARK: Record<Direction, (s: string) => string> = { up: (s) => pc.green(`↑ ${s}`), down: (s) => pc.red(`↓ ${s}`), same: (s) => pc.dim(`= ${s}`) };
  const f = c.findings;
  const out = [
    pc.bold(`Progress for ${safe(c.to.organization)}: ${c.from.date} -> ${c.to.date}`),
    "",
    `Overall: ${MARK[c.overall.direction](`${c.overall.from} -> ${c.overall.to}`)} (level ${c.overall.fromLevel.toFixed(2)} -> ${c.overall.toLevel.toFixed(2)})`,
    "",
  ];
  const width = Math.max(...c.pillars.map((p) => p.title.length));
  for (const p of c.pillars) out.push(`  ${p.title.padEnd(width)}  ${MARK[p.direction](`${p.from ?? "-"} -> ${p.to ?? "-"}`)}  ${pc.dim(`level ${p.fromLevel.toFixed(2)} -> ${p.toLevel.toFixed(2)}`)}`);
  if (c.capabilities.length) {
    out.push("", pc.bold("Capabilities that moved:"));
    for (const m of c.capabilities) out.push(`  ${MARK[m.direction](`${m.id}: ${m.from ?? "not assessed"} -> ${m.to ?? "not assessed"}`)}`);
  }
  out.push("", `Findings: ${pc.green(`${f.fixed.length} fixed`)}, ${pc.red(`${f.new.length} new`)}, ${pc.red(`${f.regressed.length} regressed`)}, ${f.stillFailing} still failing`);
  const list = (title: string, fs: FindingSummary[]) => {
    if (!fs.length) return;
    out.push("", pc.bold(title));
    for (const x of fs.slice(0, LISTED)) out.push(`  ${safe(x.id)} (${x.severity}): ${safe(x.detail)}`);
    if (fs.length > LISTED) out.push(pc.dim(`  and ${fs.length - LISTED} more (--json lists them all)`));
  };
  list("Fixed:", f.fixed);
  list("New:", f.new);
  list("Regressed:", f.regressed);
  return out.join("\n") + "\n";
}
