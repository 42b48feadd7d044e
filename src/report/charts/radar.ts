import { STAGES } from "../../model/stages.js";
import { html, num, type Html } from "../html/html.js";

export interface RadarAxis {
  id: string;
  label: string;
  /** 0..3 */
  answered: number;
  effective: number;
}

const SIZE = { width: 520, height: 432 };
const CENTER = { x: 260, y: 228 };
const RADIUS = 160;
const MAX = STAGES.length - 1;

/** The point for a level on axis i of n; axis 0 points straight up, then clockwise. */
function point(i: number, n: number, level: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (RADIUS * Math.max(0, Math.min(MAX, level))) / MAX;
  return [CENTER.x + r * Math.cos(angle), CENTER.y + r * Math.sin(angle)];
}
const pts = (ps: [number, number][]) => ps.map(([x, y]) => `${num(x)},${num(y)}`).join(" ");

/**
 * The seven pillars as a radar chart: one axis per pillar, rings per stage, the answered levels and
 * the evidence-capped (effective) levels as two shapes. Made in code, so no browser is needed.
 */
export function radarChart(axes: RadarAxis[], title: string): Html {
  const n = axes.length;
  const rings = [1, 2, 3].map((lvl) => pts(axes.map((_, i) => point(i, n, lvl))));
  const labels = axes.map((a, i) => {
    const [x, y] = point(i, n, MAX + 0.28);
    const anchor = Math.abs(x - CENTER.x) < 8 ? "middle" : x > CENTER.x ? "start" : "end";
    const dy = y < CENTER.y - RADIUS * 0.8 ? -2 : y > CENTER.y + RADIUS * 0.5 ? 12 : 4;
    return html`<text class="radar-label" x="${num(x)}" y="${num(y + dy)}" text-anchor="${anchor}">${a.label}</text>`;
  });
  const dots = (key: "answered" | "effective") =>
    axes.map((a, i) => {
      const [x, y] = point(i, n, a[key]);
      return html`<circle class="radar-dot-${key}" cx="${num(x)}" cy="${num(y)}" r="4"><title>${a.label}: ${key} level ${a[key].toFixed(2)}</title></circle>`;
    });
  return html`<svg class="chart radar" role="img" aria-labelledby="radar-title" viewBox="0 0 ${SIZE.width} ${SIZE.height}" xmlns="http://www.w3.org/2000/svg">
<title id="radar-title">${title}</title>
<g class="radar-grid">${rings.map((r, i) => html`<polygon class="radar-ring" data-level="${i + 1}" points="${r}"/>`)}</g>
<g class="radar-axes">${axes.map((a, i) => {
    const [x, y] = point(i, n, MAX);
    return html`<line class="radar-axis" data-pillar="${a.id}" x1="${num(CENTER.x)}" y1="${num(CENTER.y)}" x2="${num(x)}" y2="${num(y)}"/>`;
  })}</g>
<g class="radar-scale">${[1, 2, 3].map((lvl) => {
    const [x, y] = point(0, n, lvl);
    return html`<text x="${num(x + 5)}" y="${num(y + 12)}">${STAGES[lvl]}</text>`;
  })}</g>
<polygon class="radar-answered" points="${pts(axes.map((a, i) => point(i, n, a.answered)))}"/>
<polygon class="radar-effective" points="${pts(axes.map((a, i) => point(i, n, a.effective)))}"/>
<g>${dots("answered")}${dots("effective")}</g>
<g class="radar-labels">${labels}</g>
</svg>`;
}
