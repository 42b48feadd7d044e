import type { Assessment, VerificationStatus } from "../../assessment/model.js";
import type { Stage } from "../../model/stages.js";
import { NO_COLORS, type Colors } from "../../colors.js";

const STATUS_MARK: Record<VerificationStatus, string> = { confirmed: "✔", contradicted: "✘", unverified: "?", "not-applicable": "–" };

/** The readable terminal table: one row per pillar, then contradicted capabilities with their evidence. */
export function formatAssessment(a: Assessment, pc: Colors = NO_COLORS): string {
  const STAGE_COLOR: Record<Stage, (s: string) => string> = { traditional: pc.red, initial: pc.yellow, advanced: pc.cyan, optimal: pc.green };
  const rows = a.pillars.map((p) => [p.title, p.stage, p.level.toFixed(2), p.answeredStage, `${p.counts.confirmed}/${p.counts.contradicted}/${p.counts.unverified}/${p.counts["not-applicable"]}`]);
  const header = ["Pillar", "Stage", "Level", "Answered", "✔/✘/?/–"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[], color = (s: string, _i: number) => s) => cells.map((c, i) => color(c.padEnd(widths[i]!), i)).join("  ");
  const out = [
    pc.bold(`Zero Trust maturity: ${a.organization}`),
    "",
    pc.dim(line(header)),
    ...rows.map((r) => line(r, (c, i) => (i === 1 || i === 3 ? STAGE_COLOR[r[i] as Stage](c) : c))),
    "",
    `Overall: ${STAGE_COLOR[a.overall.stage](a.overall.stage)} (level ${a.overall.level.toFixed(2)} of 3)`,
    pc.dim(a.evidence.present ? `Evidence: ${a.evidence.findings} findings from ${a.evidence.accounts} accounts (${a.evidence.generatedAt})` : "No live evidence: every capability is unverified (run `create-zero-trust verify`)."),
  ];
  const contradicted = a.pillars.flatMap((p) => p.capabilities.filter((c) => c.status === "contradicted"));
  if (contradicted.length) {
    out.push("", pc.bold("Contradicted by the evidence:"));
    for (const c of contradicted)
      for (const q of c.questions.filter((q) => q.status === "contradicted")) out.push(`  ${STATUS_MARK.contradicted} ${c.id}: ${q.explanation}`);
  }
  out.push("", pc.dim("Stage = weakest core capability (traditional 0, initial 1, advanced 2, optimal 3); level = mean over capabilities."));
  return out.join("\n") + "\n";
}
