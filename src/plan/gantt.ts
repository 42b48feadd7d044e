import type { Roadmap, RoadmapStep } from "./model.js";

const DAY = 86_400;

/**
 * A Mermaid gantt chart of the roadmap: one section per phase, each step on the dates the plan
 * gave it (phase opening, prerequisites, capacity). Dates are computed here (not left to
 * Mermaid's "today") so the file is the same on every run: real dates from `startDate` (the
 * answers' assessedAt), else days counted from the start.
 */
export function ganttChart(roadmap: Roadmap, title: string, startDate?: string): string {
  const base = startDate ? Date.parse(`${startDate}T00:00:00Z`) / 1000 : 0;
  const lines = ["gantt", `  title ${label(title)}`, startDate ? "  dateFormat YYYY-MM-DD" : "  dateFormat X", startDate ? "  axisFormat %Y-%m-%d" : "  axisFormat day %j"];
  for (const phase of roadmap.phases) {
    if (!phase.steps.length) continue;
    lines.push(`  section ${label(`Phase ${phase.phase} ${phase.title}`)}`);
    for (const step of phase.steps) {
      const at = base + step.start * DAY;
      const when = startDate ? new Date(at * 1000).toISOString().slice(0, 10) : String(at);
      lines.push(`  ${label(step.title)} :${taskId(step)}, ${when}, ${step.end - step.start}d`);
    }
  }
  return lines.join("\n");
}

/** Gantt text runs up to a colon; `#` and `;` start comments and statements. */
const label = (s: string) => s.replace(/[:;#\n\r]+/g, " ").replace(/\s+/g, " ").trim();
const taskId = (s: RoadmapStep) => `m_${s.moduleId.replace(/[^a-z0-9]/g, "_")}`;
