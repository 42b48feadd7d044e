/**
 * Escapers, one per target language. Each turns any value into text that the target language reads
 * back as exactly that value: an org name such as `Acme "Ops" {{x}} ${y}\n'; rm -rf \ ü` must not end a
 * string, start an interpolation, or run a command anywhere it lands.
 */

const hex4 = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

function need(value: unknown, helper: string): unknown {
  // undefined is almost always a typo in a template path; a missing value must not render as "".
  if (value === undefined) throw new Error(`${helper}: the value is undefined (misspelt path?)`);
  return value;
}

export function jsonLiteral(value: unknown): string {
  return JSON.stringify(need(value, "json"));
}

/** A Terraform/HCL quoted template string: `${` and `%{` would start interpolation and directives. */
export function hclString(value: unknown): string {
  const v = need(value, "hcl");
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return hclList(v);
  if (typeof v !== "string") throw new Error(`hcl: expected a string, number, boolean or list, got ${typeof v}`);
  const body = v
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, hex4)
    // A function, not a string: in a replacement string "$$" would mean one "$".
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, "%%{");
  return `"${body}"`;
}

export const hclList = (values: unknown): string => `[${asList(values, "hclList").map(hclString).join(", ")}]`;

/** A double-quoted YAML scalar; reads back identically under YAML 1.1 and 1.2. */
export function yamlString(value: unknown): string {
  const v = need(value, "yaml");
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return yamlList(v);
  if (typeof v !== "string") throw new Error(`yaml: expected a string, number, boolean or list, got ${typeof v}`);
  const body = v
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u0085\u00a0\u2028\u2029\ufeff]/g, hex4);
  return `"${body}"`;
}

export const yamlList = (values: unknown): string => `[${asList(values, "yamlList").map(yamlString).join(", ")}]`;
export const jsonList = (values: unknown): string => `[${asList(values, "jsonList").map(jsonLiteral).join(", ")}]`;

/** Markdown inline text: no emphasis, links, HTML, headings, table cells or line breaks can come out of it. */
export function mdText(value: unknown): string {
  const v = need(value, "md");
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v !== "string") throw new Error(`md: expected a string, got ${typeof v}`);
  return v
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_{}[\]()<>#+!|~&$]/g, (c) => `\\${c}`);
}

/** One single-quoted POSIX shell word: nothing inside single quotes is special except the quote itself. */
export function shWord(value: unknown): string {
  const v = need(value, "sh");
  const s = typeof v === "number" || typeof v === "boolean" ? String(v) : v;
  if (typeof s !== "string") throw new Error(`sh: expected a string, got ${typeof s}`);
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A lower-case identifier for resource names and file names; never empty. */
export function slug(value: unknown, fallback = "org", max = 40): string {
  const v = need(value, "slug");
  const s = String(v)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
  return s || fallback;
}

export const underscore = (value: unknown): string => slug(value).replace(/-/g, "_");

/** A fixed identifier (stage, module id, region, flavor): printed as is, refused if it could be anything else. */
export function identifier(value: unknown): string {
  const v = need(value, "text");
  const s = typeof v === "number" || typeof v === "boolean" ? String(v) : v;
  if (typeof s !== "string" || !/^[A-Za-z0-9._:/@-]*$/.test(s))
    throw new Error(`text: ${JSON.stringify(s)} is not a plain identifier; use json, hcl, yaml, md or sh to escape free text`);
  return s;
}

function asList(values: unknown, helper: string): unknown[] {
  const v = need(values, helper);
  if (!Array.isArray(v)) throw new Error(`${helper}: expected a list, got ${typeof v}`);
  return v;
}
