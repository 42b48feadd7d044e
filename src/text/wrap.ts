/**
 * Word-wraps text to `width` columns, never breaking a word (a word longer than the width, such
 * as a path, keeps a line of its own). `indent` prefixes every line and counts towards the width,
 * so callers wrap after adding their borders, not before.
 */
export function wrapText(text: string, width: number, indent = "", firstIndent = indent): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  let prefix = firstIndent;
  for (const w of words) {
    if (line && prefix.length + line.length + 1 + w.length > width) {
      lines.push(prefix + line);
      prefix = indent;
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(prefix + line);
  return lines.join("\n");
}
