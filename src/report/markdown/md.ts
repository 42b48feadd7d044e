import { mdText } from "../../render/helpers/escape.js";

/** Markdown building blocks that keep the report valid for markdownlint's default rules. */

export const WIDTH = 80;

/** Free text (org names, finding details) as inert Markdown: no HTML, links or emphasis can come out. */
export const esc = (value: string | number): string => mdText(value);

/** An inline code span; the fence grows past any backticks inside, and spaces pad only when needed. */
export function code(value: string): string {
  const v = value.replace(/\s+/g, " ");
  const longest = Math.max(0, ...(v.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = v.startsWith("`") || v.endsWith("`") ? " " : "";
  return `${fence}${pad}${v}${pad}${fence}`;
}

/** A link whose destination cannot break out of its angle brackets. */
export const link = (text: string, url: string): string => `[${esc(text)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;

/**
 * Hard-wraps already-escaped Markdown at WIDTH. A word that would start a continuation line and be
 * read as a list marker, heading underline or thematic break gets a backslash, so wrapping never
 * changes what the text means.
 */
export function wrap(text: string, first = "", rest = " ".repeat(first.length)): string {
  const words = text.split(" ").filter((w) => w.length);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest + guardLineStart(word);
      continue;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push(line);
  return lines.map((l) => l.trimEnd()).join("\n");
}

function guardLineStart(word: string): string {
  // Only a marker followed by a space (or alone on the line) starts a block, and words are split on spaces.
  if (/^([-+*]|[-=_*]+)$/.test(word)) return `\\${word}`;
  const ordered = /^(\d{1,9})([.)])$/.exec(word);
  if (ordered) return `${ordered[1]}\\${ordered[2]}`;
  return word;
}

/** A table with leading and trailing pipes; cells are escaped by the caller (esc escapes `|`). */
export function table(header: string[], rows: string[][], align?: ("left" | "right" | "center")[]): string {
  const rule = header.map((_, i) => (align?.[i] === "right" ? "---:" : align?.[i] === "center" ? ":---:" : "---"));
  return [header, rule, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

/** Joins blocks with exactly one blank line between them and one newline at the end. */
export const blocks = (...parts: (string | false | undefined | null)[]): string =>
  parts
    .filter((p): p is string => !!p && p.trim().length > 0)
    .map((p) => p.replace(/\n+$/, ""))
    .join("\n\n");
