import { parse as parseHcl } from "@cdktf/hcl2json";
import { parse as parseYaml } from "yaml";
import { CFN_TAGS } from "../../../src/render/cfn-yaml.js";
import { select, type Files } from "./types.js";

/** One IAM policy statement found in a generated file, reduced to what a permission scan needs. */
export interface FoundStatement {
  path: string;
  /** Where inside the file (resource address or YAML path). */
  at: string;
  effect: string;
  actions: string[];
  /** NotAction in an Allow grants everything else. */
  notAction: boolean;
  /** Literal resource strings; expressions (ARNs built from references) count as not "*". */
  resources: string[];
  hasCondition: boolean;
  /** Resource and trust policies name a principal; identity policies, SCPs and permission sets do not. */
  hasPrincipal: boolean;
}

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === "string");

function fromJsonStatement(path: string, at: string, s: Record<string, unknown>): FoundStatement {
  return {
    path,
    at,
    effect: String(s.Effect ?? ""),
    actions: strings(s.Action),
    notAction: s.NotAction !== undefined,
    resources: strings(s.Resource),
    hasCondition: s.Condition !== undefined && s.Condition !== null && (typeof s.Condition !== "object" || Object.keys(s.Condition as object).length > 0),
    hasPrincipal: s.Principal !== undefined || s.NotPrincipal !== undefined,
  };
}

/** Every object with a Statement list, anywhere in a parsed JSON/YAML document (JSON strings inside too). */
function walkDocuments(path: string, node: unknown, at: string, out: FoundStatement[]): void {
  if (typeof node === "string") {
    const t = node.trim();
    if (t.startsWith("{") && t.includes('"Statement"')) {
      try {
        walkDocuments(path, JSON.parse(t), at, out);
      } catch {
        /* not JSON (e.g. a CloudFormation !Sub template): its parts are walked as they are */
      }
    }
    return;
  }
  if (!node || typeof node !== "object") return;
  const obj = node as Record<string, unknown>;
  if ("Statement" in obj) list(obj.Statement).forEach((s, i) => s && typeof s === "object" && out.push(fromJsonStatement(path, `${at ? `${at}.` : ""}Statement[${i}]`, s as Record<string, unknown>)));
  for (const [k, v] of Object.entries(obj)) if (k !== "Statement") walkDocuments(path, v, at ? `${at}.${k}` : k, out);
}

// --- HCL: jsonencode({...}) literals and aws_iam_policy_document data sources -------------------

type Token = { t: "str" | "punct" | "nl" | "word"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\n") {
      out.push({ t: "nl", v: c });
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === "#" || (c === "/" && src[i + 1] === "/")) while (i < src.length && src[i] !== "\n") i++;
    else if (c === '"') {
      let j = i + 1;
      let depth = 0;
      let v = "";
      for (; j < src.length; j++) {
        const d = src[j]!;
        if (d === "\\") {
          v += src[j + 1] === "n" ? "\n" : src[j + 1]!;
          j++;
          continue;
        }
        if (d === "$" && src[j + 1] === "{") depth++;
        else if (d === "}" && depth > 0) depth--;
        else if (d === '"' && depth === 0) break;
        v += d;
      }
      out.push({ t: "str", v });
      i = j + 1;
    } else if ("{}[](),=:?".includes(c)) {
      out.push({ t: "punct", v: c });
      i++;
    } else {
      let j = i;
      while (j < src.length && !/[\s{}[\](),=:?"]/.test(src[j]!)) j++;
      out.push({ t: "word", v: src.slice(i, j) || c });
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

/** An HCL expression as a value: literals as they are, anything computed as the marker EXPR. */
const EXPR = "${expression}";
function parseHclValue(tokens: Token[]): unknown {
  let i = 0;
  const skipNl = () => {
    while (tokens[i]?.t === "nl" || (tokens[i]?.t === "punct" && tokens[i]!.v === ",")) i++;
  };
  const skipBalanced = () => {
    let depth = 0;
    do {
      const tk = tokens[i++]!;
      if (tk.t === "punct" && "([{".includes(tk.v)) depth++;
      if (tk.t === "punct" && ")]}".includes(tk.v)) depth--;
    } while (depth > 0 && i < tokens.length);
  };
  const value = (): unknown => {
    skipNl();
    const tk = tokens[i]!;
    let v: unknown;
    if (tk.t === "punct" && tk.v === "{") {
      i++;
      const obj: Record<string, unknown> = {};
      for (skipNl(); !(tokens[i]?.t === "punct" && tokens[i]!.v === "}"); skipNl()) {
        const key = tokens[i++]!.v;
        i++; // = or :
        obj[key] = value();
      }
      i++;
      v = obj;
    } else if (tk.t === "punct" && tk.v === "[") {
      if (tokens[i + 1]?.v === "for") {
        skipBalanced();
        v = EXPR;
      } else {
        i++;
        const arr: unknown[] = [];
        for (skipNl(); !(tokens[i]?.t === "punct" && tokens[i]!.v === "]"); skipNl()) arr.push(value());
        i++;
        v = arr;
      }
    } else if (tk.t === "str") {
      i++;
      v = tk.v;
    } else {
      i++;
      if (tokens[i]?.t === "punct" && tokens[i]!.v === "(") skipBalanced();
      v = tk.v === "true" ? true : tk.v === "false" ? false : tk.v === "null" ? null : /^-?\d+(\.\d+)?$/.test(tk.v) ? Number(tk.v) : EXPR;
    }
    // Operators after a value (a ? b : c, a + b) make it computed: swallow up to the next separator.
    let computed = false;
    while (i < tokens.length && tokens[i]!.t !== "nl" && !(tokens[i]!.t === "punct" && ",)]}".includes(tokens[i]!.v))) {
      computed = true;
      if (tokens[i]!.t === "punct" && "([{".includes(tokens[i]!.v)) skipBalanced();
      else i++;
    }
    return computed ? EXPR : v;
  };
  return value();
}

/** The argument of every jsonencode(...) inside a Terraform string, as a value. */
function jsonencodeArguments(text: string): unknown[] {
  const out: unknown[] = [];
  for (const m of text.matchAll(/jsonencode\(/g)) out.push(parseHclValue(tokenize(text.slice(m.index! + m[0].length))));
  return out;
}

function walkHcl(path: string, node: unknown, at: string, out: FoundStatement[]): void {
  if (typeof node === "string") {
    if (node.includes("jsonencode(") && node.includes("Statement")) for (const v of jsonencodeArguments(node)) walkDocuments(path, v, at, out);
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) walkHcl(path, v, at ? `${at}.${k}` : k, out);
}

async function terraformStatements(path: string, text: string): Promise<FoundStatement[]> {
  const doc = (await parseHcl(path, text)) as { data?: { aws_iam_policy_document?: Record<string, { statement?: Record<string, unknown>[] }[]> } };
  const out: FoundStatement[] = [];
  for (const [name, blocks] of Object.entries(doc.data?.aws_iam_policy_document ?? {})) {
    for (const block of blocks) {
      list(block.statement).forEach((raw, i) => {
        const s = raw as Record<string, unknown>;
        out.push({
          path,
          at: `data.aws_iam_policy_document.${name}.statement[${i}]`,
          effect: String(s.effect ?? "Allow"),
          actions: strings(s.actions),
          notAction: s.not_actions !== undefined,
          resources: strings(s.resources),
          hasCondition: list(s.condition).length > 0,
          hasPrincipal: list(s.principals).length > 0 || list(s.not_principals).length > 0,
        });
      });
    }
  }
  walkHcl(path, doc, "", out);
  return out;
}

/** Every policy statement in Terraform, CloudFormation and JSON files (SCPs, bootstrap stacks, permission sets). */
export async function policyStatements(files: Files): Promise<{ statements: FoundStatement[]; files: number }> {
  const statements: FoundStatement[] = [];
  const tf = select(files, (p) => p.endsWith(".tf"));
  const yaml = select(files, (p) => /(^|\/)(cloudformation|bootstrap)\/.*\.ya?ml$/.test(p));
  const json = select(files, (p) => /(^|\/)policies\/.*\.json$/.test(p));
  for (const [path, text] of tf) statements.push(...(await terraformStatements(path, text)));
  for (const [path, text] of yaml) walkDocuments(path, parseYaml(text, { customTags: CFN_TAGS }), "", statements);
  for (const [path, text] of json) walkDocuments(path, JSON.parse(text), "", statements);
  return { statements, files: tf.length + yaml.length + json.length };
}
