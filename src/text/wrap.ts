/**
 * Word-wraps text to `width` columns, never breaking a word. `indent` prefixes every line and
 * counts towards the width, so callers wrap after adding their borders, not before. A word longer
 * than a whole line (a deep path) is shortened in the middle, its start and end kept.
 */
export function wrapText(text: string, width: number, indent = "", firstIndent = indent): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  let prefix = firstIndent;
  for (const word of words) {
    const w = elide(word, width - indent.length);
    if (line && prefix.length + line.length + 1 + w.length > width) {
      lines.push(prefix + line);
      prefix = indent;
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(prefix + line);
  return lines.join("\n");
}

/** Shortens `word` to `max` characters with an ellipsis in the middle (the start and the file name of a path stay). */
export function elide(word: string, max: number): string {
  const chars = [...word];
  if (chars.length <= max || max < 9) return word;
  const tail = Math.ceil((max - 1) / 2);
  return `${chars.slice(0, max - 1 - tail).join("")}…${chars.slice(-tail).join("")}`;
}

/**
 * Wraps each line of a block that is wider than `width`; a wrapped line's continuation lines are
 * indented under its text (after leading spaces and a list marker such as "1. " or "✘ ").
 */
export function wrapBlock(block: string, width: number): string {
  return block
    .split("\n")
    .map((line) => {
      if ([...line].length <= width) return line;
      const lead = /^(\s*)((?:\d+\.|[✔✘?–•-])\s+)?/.exec(line)![0];
      return wrapText(line.slice(lead.length), width, " ".repeat(lead.length), lead);
    })
    .join("\n");
}

/** The width to wrap output to: the terminal's; none for a file or pipe, where a line is better whole for grep. */
export function outputWidth(stream: unknown): number {
  const s = stream as { isTTY?: boolean; columns?: number };
  return s.isTTY ? Math.max(40, s.columns ?? 80) : Infinity;
}
