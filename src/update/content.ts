import { createHash } from "node:crypto";
import { contentBytes, type FileContent } from "../render/tree.js";

export const sha256 = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");
export const toBuffer = (c: FileContent): Buffer => (Buffer.isBuffer(c) ? c : contentBytes(c));
export const sameBytes = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a === undefined || b === undefined ? a === b : Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Text we may merge: valid UTF-8 without NUL bytes. Anything else is compared byte for byte only. */
export function decodeText(b: Uint8Array): string | undefined {
  if (b.includes(0)) return undefined;
  try {
    return utf8.decode(b);
  } catch {
    return undefined;
  }
}

export type Eol = "lf" | "crlf";

/** A file counts as CRLF when most of its line ends are CRLF (a Windows checkout, an editor setting). */
export function detectEol(text: string): Eol {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > 0 && crlf >= lf ? "crlf" : "lf";
}

export const toLf = (text: string): string => text.replace(/\r\n/g, "\n");
export const withEol = (text: string, eol: Eol): string => (eol === "crlf" ? text.replace(/\r?\n/g, "\r\n") : text);

/** Splits into lines that keep their terminator, so joining gives back the exact text. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", start)) {
    lines.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}
