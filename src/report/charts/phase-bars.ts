import { STAGES, stageLevel, type Stage } from "../../model/stages.js";
import { html, num, type Html } from "../html/html.js";

export interface PhaseBarsInput {
  columns: { label: string; short: string }[];
  rows: { id: string; short: string; stages: Stage[] }[];
}

const PLOT = { left: 92, top: 18, width: 620, height: 210 };
const MAX = STAGES.length - 1;
/** Traditional (level 0) still gets a stub, so a pillar is never invisible. */
const STUB = 4;

/** Grouped bars: for each phase (today, then phases 0-3), one bar per pillar at its expected stage. */
export function phaseBars(input: PhaseBarsInput, title: string): Html {
  const groups = input.columns.length;
  const perGroup = input.rows.length;
  const groupWidth = PLOT.width / groups;
  const barWidth = Math.min(16, (groupWidth - 18) / perGroup);
  const y = (level: number) => PLOT.top + PLOT.height - (PLOT.height * level) / MAX;
  const grid = STAGES.map(
    (s, lvl) =>
      html`<line class="bars-grid" x1="${PLOT.left}" x2="${PLOT.left + PLOT.width}" y1="${num(y(lvl))}" y2="${num(y(lvl))}"/><text class="bars-scale" x="${PLOT.left - 8}" y="${num(y(lvl) + 4)}" text-anchor="end">${s}</text>`,
  );
  const bars = input.columns.map((col, g) => {
    const x0 = PLOT.left + g * groupWidth + (groupWidth - barWidth * perGroup) / 2;
    return html`<g class="bars-phase" data-phase="${col.short}">${input.rows.map((r, i) => {
      const lvl = stageLevel(r.stages[g]!);
      const top = lvl === 0 ? y(0) - STUB : y(lvl);
      return html`<rect class="bar pillar-${r.id}" x="${num(x0 + i * barWidth)}" y="${num(top)}" width="${num(barWidth - 2)}" height="${num(y(0) - top)}"><title>${col.label}: ${r.short} ${r.stages[g]!}</title></rect>`;
    })}<text class="bars-label" x="${num(PLOT.left + g * groupWidth + groupWidth / 2)}" y="${PLOT.top + PLOT.height + 18}" text-anchor="middle">${col.short}</text></g>`;
  });
  const legend = input.rows.map(
    (r, i) =>
      html`<g transform="translate(${num(PLOT.left + (i % 7) * 90)},${PLOT.top + PLOT.height + 40})"><rect class="bar pillar-${r.id}" width="10" height="10"/><text x="14" y="9">${r.short}</text></g>`,
  );
  return html`<svg class="chart bars" role="img" aria-labelledby="bars-title" viewBox="0 0 ${PLOT.left + PLOT.width + 10} ${PLOT.top + PLOT.height + 62}" xmlns="http://www.w3.org/2000/svg">
<title id="bars-title">${title}</title>
${grid}${bars}${legend}
</svg>`;
}
