import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { LineCounter, isCollection, isMap, isScalar, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { findPackageRoot } from "./package-root.js";
import { UserError, located } from "./errors.js";

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
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length) {
    throw new UserError(
      `${file} is not valid YAML`,
      problems.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return located(file, { line: pos.line, col: pos.col }, e.message.split("\n")[0]!);
      }),
    );
  }
  return {
    file,
    data: doc.toJS(),
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

export async function readSource(file: string, what: string): Promise<SourceFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === "ENOENT" ? `${what} ${file} does not exist` : `cannot read ${what} ${file}: ${code ?? String(err)}`);
  }
  return parseSource(file, text);
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") || "(top level)";

/** Validates with zod and turns every issue into `file:line:col: path: expected ...`. */
export function validateSource<S extends z.ZodType>(source: SourceFile, schema: S, what: string): z.output<S> {
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  throw new UserError(
    `${source.file} is not a valid ${what}`,
    result.error.issues.map((issue) => {
      // An unknown key is reported at the key itself, the line to delete or fix, not at its parent mapping.
      const where = issue.code === "unrecognized_keys" && source.locateKey ? source.locateKey(issue.path, issue.keys[0]!) : source.locate(issue.path);
      const missing = issue.code !== "unrecognized_keys" && valueAt(source.data, issue.path) === undefined;
      return located(source.file, { ...where, path: formatPath(issue.path) }, `${missing ? "missing; " : ""}${describeIssue(issue)}`);
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
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_value":
      return issue.values.length === 1 ? `expected ${String(issue.values[0])}` : `expected one of ${issue.values.map((v) => String(v)).join(", ")}`;
    default:
      return issue.message;
  }
}
