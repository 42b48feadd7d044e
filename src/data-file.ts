import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { LineCounter, YAMLParseError, isCollection, isMap, isScalar, parseDocument, visit, type Document, type Scalar } from "yaml";
import type { z } from "zod";
import { findPackageRoot } from "./package-root.js";
import { FORBIDDEN_KEYS, MAX_LISTED, UserError, excerpt, located } from "./errors.js";

/** A parsed YAML/JSON file that can say where a value sits (line and column) for error messages. */
export interface SourceFile {
  file: string;
  data: unknown;
  locate(path: readonly PropertyKey[]): { line?: number; col?: number };
  /** Where the key `key` of the mapping at `path` is written (for unknown keys); falls back to the mapping. */
  locateKey?(path: readonly PropertyKey[], key: string): { line?: number; col?: number };
}

export function parseSource(file: string, text: string): SourceFile {
  const data = prebuiltData(text);
  if (data === undefined) return parseWithPositions(file, text);
  // Positions are only needed for an error message: parse again then.
  let full: SourceFile | undefined;
  const positions = () => (full ??= parseWithPositions(file, text));
  return { file, data, locate: (path) => positions().locate(path), locateKey: (path, key) => positions().locateKey!(path, key) };
}

let prebuilt: Record<string, unknown> | null | undefined;

/** The data scripts/build.mjs parsed from this exact text (the shipped YAML), if any. */
function prebuiltData(text: string): unknown {
  if (prebuilt === undefined) {
    try {
      prebuilt = JSON.parse(readFileSync(join(findPackageRoot().root, "dist", "parsed-yaml.json"), "utf8")) as Record<string, unknown>;
    } catch {
      prebuilt = null; // not built (tests run the sources): parse as usual
    }
  }
  if (!prebuilt) return undefined;
  const data = prebuilt[createHash("sha256").update(text).digest("hex")];
  return data === undefined ? undefined : structuredClone(data);
}

function parseWithPositions(file: string, text: string): SourceFile {
  const lineCounter = new LineCounter();
  // Duplicate keys are found below with a set: the library's own check is quadratic in the keys of a mapping.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const problems = [...doc.errors, ...doc.warnings];
  // Merge keys and prototype keys would silently change what the file means: each is an error at its place.
  const problem = (node: unknown, message: string) => problems.push(new YAMLParseError([(node as Scalar).range?.[0] ?? 0, 0], "DUPLICATE_KEY", message));
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        const value = isScalar(key) ? key.value : key;
        if (seen.has(value)) problem(key, `duplicate key "${excerpt(String(value))}"; a key appears once per mapping`);
        seen.add(value);
      }
    },
    Pair(_, pair) {
      // A mapping or list as a key would be turned into text (with a process warning on stderr).
      if (isCollection(pair.key)) return void problem(pair.key, "a key must be plain text, not a mapping or a list");
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== "string" || !(key === "<<" || FORBIDDEN_KEYS.has(key))) return;
      const message = key === "<<" ? "merge keys (<<) are not supported; write the values out" : `the key "${key}" is not allowed`;
      problem(pair.key, message);
    },
  });
  if (problems.length) {
    throw new UserError(
      `${file} is not valid YAML`,
      problems.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return located(file, { line: pos.line, col: pos.col }, e.message.split("\n")[0]!);
      }),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    // The yaml library's guard against alias bombs throws a ReferenceError.
    if (!(err instanceof ReferenceError)) throw err;
    throw new UserError(`${file} is not valid YAML: its aliases (*name) expand too far (more than ${MAX_ALIASES} uses of one anchor); write the values out`);
  }
  return {
    file,
    data,
    locate: (path) => locateIn(doc, lineCounter, path),
    locateKey: (path, key) => {
      const node = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
      const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      const range = isScalar(pair?.key) ? pair.key.range : undefined;
      if (!range) return locateIn(doc, lineCounter, path);
      const pos = lineCounter.linePos(range[0]);
      return { line: pos.line, col: pos.col };
    },
  };
}

function locateIn(doc: Document, lc: LineCounter, path: readonly PropertyKey[]): { line?: number; col?: number } {
  // Walk down as far as the path exists: a missing key points at its parent mapping.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (node && range && (n === path.length || isCollection(node))) {
      const pos = lc.linePos(range[0]);
      return { line: pos.line, col: pos.col };
    }
  }
  return {};
}

/** Input files are written by people; anything larger is a mistake (or an attack) and is refused before parsing. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;
const MAX_ALIASES = 100;

export async function readSource(file: string, what: string): Promise<SourceFile> {
  let bytes: Buffer;
  try {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      if (size > MAX_INPUT_BYTES) throw new UserError(`${what} ${file} is ${size} bytes; at most ${MAX_INPUT_BYTES} are read`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === "ENOENT" ? `${what} ${file} does not exist` : `cannot read ${what} ${file}: ${code ?? String(err)}`);
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad !== undefined) throw new UserError(`${what} ${file} is not valid UTF-8 (first invalid byte at offset ${bad}); save it as UTF-8`);
  return parseSource(file, bytes.toString("utf8"));
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or undefined. */
export function invalidUtf8Offset(b: Uint8Array): number | undefined {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const [len, min, max] = c < 0x80 ? [1, 0, 0] : c >= 0xc2 && c <= 0xdf ? [2, 0x80, 0xbf] : c === 0xe0 ? [3, 0xa0, 0xbf] : c === 0xed ? [3, 0x80, 0x9f] : c >= 0xe1 && c <= 0xef ? [3, 0x80, 0xbf] : c === 0xf0 ? [4, 0x90, 0xbf] : c >= 0xf1 && c <= 0xf3 ? [4, 0x80, 0xbf] : c === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (len === 0 || i + len > b.length) return i;
    // The second byte has the tighter range (no overlong forms, no surrogates); the rest are plain continuations.
    if (len > 1 && (b[i + 1]! < min || b[i + 1]! > max)) return i;
    for (let k = 2; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return undefined;
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") || "(top level)";

/** Validates with zod and turns every issue into `file:line:col: path: expected ...`. */
export function validateSource<S extends z.ZodType>(source: SourceFile, schema: S, what: string): z.output<S> {
  // An empty file (or one holding only comments) reads as null: say so rather than "expected object, received null".
  if (source.data === null || source.data === undefined) throw new UserError(`${source.file} is empty (or holds only comments): it is not a valid ${what}`);
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  throw new UserError(
    `${source.file} is not a valid ${what}`,
    result.error.issues.map((issue, i) => {
      if (i >= MAX_LISTED) return issue.message; // not listed: not worth a walk of the file
      // An unknown key is reported at the key itself, the line to delete or fix, not at its parent mapping.
      const where = issue.code === "unrecognized_keys" && source.locateKey ? source.locateKey(issue.path, issue.keys[0]!) : source.locate(issue.path);
      const missing = issue.code !== "unrecognized_keys" && valueAt(source.data, issue.path) === undefined;
      return located(source.file, { ...where, path: excerpt(formatPath(issue.path)) }, `${missing ? "missing; " : ""}${describeIssue(issue)}`);
    }),
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.slice(0, 5).map((k) => `"${excerpt(k)}"`).join(", ")}${issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : ""}`;
    case "invalid_value":
      return issue.values.length === 1 ? `expected ${String(issue.values[0])}` : `expected one of ${issue.values.map((v) => String(v)).join(", ")}`;
    default:
      return issue.message;
  }
}
