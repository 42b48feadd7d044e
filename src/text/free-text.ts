/**
 * Characters a person's free text (an organization or customer name, a note) may not hold: C0 and
 * C1 controls (ESC and CSI U+009B drive terminals, NUL broke README.md for the next `update`) and
 * the Unicode line and paragraph separators (line breaks in JavaScript, YAML and Markdown).
 * Multi-line text (notes) may keep tab and line feed.
 */
// eslint-disable-next-line no-control-regex
const SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const MULTI_LINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/** The first forbidden character, as U+XXXX, or undefined when the text is clean. */
export function forbiddenChar(text: string, multiLine = false): string | undefined {
  const m = (multiLine ? MULTI_LINE : SINGLE_LINE).exec(text);
  return m ? `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` : undefined;
}

export const forbiddenCharMessage = (code: string) => `contains the control character ${code}; expected printable text`;

/** Where free text in parsed data breaks the rule: the path of each string holding a forbidden character (keys included). */
export function forbiddenCharsIn(data: unknown, multiLine: boolean, path: PropertyKey[] = []): { path: PropertyKey[]; code: string }[] {
  if (typeof data === "string") {
    const code = forbiddenChar(data, multiLine);
    return code ? [{ path, code }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => forbiddenCharsIn(v, multiLine, [...path, i]));
  if (data === null || typeof data !== "object") return [];
  return Object.entries(data).flatMap(([k, v]) => {
    const code = forbiddenChar(k);
    return code ? [{ path: [...path, k], code }] : forbiddenCharsIn(v, multiLine, [...path, k]);
  });
}

/**
 * Text for the terminal with every forbidden character shown as `\u{1b}`: messages quote what a
 * person wrote (a key, a path), and an ESC or CSI in it must not drive the terminal.
 */
// eslint-disable-next-line no-control-regex
export const visible = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
