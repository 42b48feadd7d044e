import type { Assessment, VerificationStatus } from "../../assessment/model.js";
import type { Stage } from "../../model/stages.js";
import { NO_COLORS, type Colors } from "../../colors.js";
import { formatTable } from "../../text/table.js";
import { wrapText } from "../../text/wrap.js";

const STATUS_MARK: Record<VerificationStatus, string> = { confirmed: "✔", contradicted: "✘", unverified: "?", "not-applicable": "–" };

/** The readable terminal table within `width` columns: one row per pillar, then contradicted capabilities with their evidence. */
export function formatAssessment(a: Assessment, pc: Colors = NO_COLORS, width = 80): string {
  const STAGE_COLOR: Record<Stage, (s: string) => string> = { traditional: pc.red, initial: pc.yellow, advanced: pc.cyan, optimal: pc.green };
  const rows = a.pillars.map((p) => [p.title, p.stage, p.level.toFixed(2), p.answeredStage, `${p.counts.confirmed}/${p.counts.contradicted}/${p.counts.unverified}/${p.counts["not-applicable"]}`]);
  const header = ["Pillar", "Stage", "Level", "Answered", "✔/✘/?/–"];
  const paint = (text: string, row: number, column: number) => {
    if (row < 0) return pc.dim(text);
    const stage = rows[row]![column] as Stage;
    return (column === 1 || column === 3) && text.trim() ? STAGE_COLOR[stage](text) : text;
  };
  const wrap = (text: string, indent = "", first = indent) => wrapText(text, width, indent, first);
  const out = [
    pc.bold(wrap(`Zero Trust maturity: ${a.organization}`)),
    "",
    ...formatTable(header, rows, width, paint),
    "",
    `Overall: ${STAGE_COLOR[a.overall.stage](a.overall.stage)} (level ${a.overall.level.toFixed(2)} of 3)`,
    pc.dim(wrap(a.evidence.present ? `Evidence: ${a.evidence.findings} findings from ${a.evidence.accounts} accounts (${a.evidence.generatedAt})` : "No live evidence: every capability is unverified (run `create-zero-trust verify`).")),
  ];
  const contradicted = a.pillars.flatMap((p) => p.capabilities.filter((c) => c.status === "contradicted"));
  if (contradicted.length) {
    out.push("", pc.bold("Contradicted by the evidence:"));
    for (const c of contradicted)
      for (const q of c.questions.filter((q) => q.status === "contradicted")) out.push(wrap(`${c.id}: ${q.explanation}`, "    ", `  ${STATUS_MARK.contradicted} `));
  }
  out.push("", pc.dim(wrap("Stage = weakest core capability (traditional 0, initial 1, advanced 2, optimal 3); level = mean over capabilities.")));
  return out.join("\n") + "\n";
}
