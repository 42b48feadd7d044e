/**
 * A tagged template that escapes every interpolated value unless it is already markup (`Html`).
 * Escaping is the default, so an org name such as `Acme "Ops" <script>{{x}}` can only ever be text.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return "";
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new Html(out);
}

/** Markup made in code (never from input), e.g. the stylesheet. */
export const trusted = (markup: string): Html => new Html(markup);

/** Coordinates rounded so that the same data always prints the same SVG. */
export const num = (n: number): string => (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, "");
