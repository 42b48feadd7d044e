import { wrapText } from "./wrap.js";

const GAP = "  ";

/**
 * A plain-text table within `width` columns: when the natural widths do not fit, the first
 * column (titles) gets what the others leave and its cells wrap on word boundaries, so a row can
 * take several lines. `color(text, row, column)` paints a cell after padding (-1 is the header).
 */
export function formatTable(header: string[], rows: string[][], width: number, color: (text: string, row: number, column: number) => string = (t) => t): string[] {
  const natural = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]!].length)));
  const rest = natural.slice(1).reduce((sum, w) => sum + w + GAP.length, 0);
  const first = Math.max(12, Math.min(natural[0]!, width - rest));
  const widths = [first, ...natural.slice(1)];
  const render = (cells: string[], row: number) => {
    const wrapped = cells.map((c, i) => (i === 0 ? wrapText(c, first).split("\n") : [c]));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, line) =>
      wrapped
        .map((w, i) => {
          const text = w[line] ?? "";
          return color(text.padEnd(widths[i]! + text.length - [...text].length), row, i);
        })
        .join(GAP)
        .trimEnd(),
    );
  };
  return [...render(header, -1), ...rows.flatMap((r, i) => render(r, i))];
}
