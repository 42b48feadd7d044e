import type { HelperOptions } from "handlebars";
import { stageLevel, type Stage } from "../model/stages.js";
import { UserError } from "../errors.js";
import { hclList, hclString, identifier, jsonList, jsonLiteral, mdText, shWord, slug, underscore, yamlList, yamlString } from "./helpers/escape.js";
import { findRawInterpolations } from "./raw-guard.js";

type Fn = (...args: unknown[]) => unknown;

/** Helpers whose result is written into the file: each escapes for one language. */
const OUTPUT_HELPERS: Record<string, Fn> = {
  json: jsonLiteral,
  hcl: hclString,
  yaml: yamlString,
  md: mdText,
  sh: shWord,
  slug: (v) => slug(v),
  underscore,
  text: identifier,
  hclList,
  jsonList,
  yamlList,
};

/** Helpers for conditions and lookups, only usable inside `{{#if (...)}}` and sub-expressions. */
const CONDITION_HELPERS: Record<string, Fn> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  includes: (list, x) => Array.isArray(list) && list.includes(x),
  and: (...xs) => xs.every(Boolean),
  or: (...xs) => xs.some(Boolean),
  not: (x) => !x,
  /** Joins values into one string, to escape the whole with one output helper. */
  concat: (...xs) =>
    xs
      .map((x) => {
        if (x === undefined) throw new Error("a value is undefined (misspelt path?)");
        return x === null ? "" : String(x);
      })
      .join(""),
  stageAtLeast: (stage, target) => typeof stage === "string" && typeof target === "string" && stageLevel(stage as Stage) >= stageLevel(target as Stage),
};

export type CompiledTemplate = (context: object) => string;

export interface TemplateEnv {
  compile(file: string, source: string): CompiledTemplate;
}

/**
 * An isolated Handlebars environment (never the global one) with the escaping helpers, refusing
 * raw interpolation when a template is compiled. Handlebars is imported here, lazily, so the CLI
 * pays for it only when it renders.
 */
export function createTemplateEnv(): Promise<TemplateEnv> {
  // One environment per process: compiled templates are cached by file and source, so rendering
  // again (update, tests, benchmarks) does not compile again. Helpers hold no state between calls.
  return (shared ??= buildEnv());
}
let shared: Promise<TemplateEnv> | undefined;

async function buildEnv(): Promise<TemplateEnv> {
  const Handlebars = (await import("handlebars")).default;
  const hb = Handlebars.create();
  let current = "";
  const wrap = (name: string, fn: Fn) =>
    function (this: unknown, ...args: unknown[]) {
      const options = args.pop() as HelperOptions & { loc?: { start: { line: number; column: number } } };
      try {
        return fn(...args);
      } catch (err) {
        const where = options.loc ? `:${options.loc.start.line}:${options.loc.start.column + 1}` : "";
        const msg = (err as Error).message;
        throw new UserError(`${current}${where}: ${msg.startsWith(`${name}:`) ? msg : `${name}: ${msg}`}`);
      }
    };
  for (const [name, fn] of Object.entries({ ...OUTPUT_HELPERS, ...CONDITION_HELPERS })) hb.registerHelper(name, wrap(name, fn));
  // Never let Handlebars' own missing-helper fallbacks print anything.
  hb.unregisterHelper("log");
  hb.unregisterHelper("blockHelperMissing");

  const output = new Set(Object.keys(OUTPUT_HELPERS));
  const all = new Set([...output, ...Object.keys(CONDITION_HELPERS), "lookup"]);
  const cache = new Map<string, CompiledTemplate>();

  return {
    compile(file, source) {
      const key = `${file}\0${source}`;
      const hit = cache.get(key);
      if (hit) return hit;
      let ast: ReturnType<typeof hb.parse>;
      try {
        ast = hb.parse(source);
      } catch (err) {
        throw new UserError(`${file}: not a valid Handlebars template`, [(err as Error).message.split("\n")[0]!]);
      }
      const problems = findRawInterpolations(ast, output, all);
      if (problems.length)
        throw new UserError(
          `${file}: raw interpolation refused`,
          problems.map((p) => `${file}:${p.line}:${p.column}: ${p.expression}: ${p.message}`),
        );
      const template = hb.compile(ast, { noEscape: true, preventIndent: true, knownHelpersOnly: false });
      const run: CompiledTemplate = (context) => {
        current = file;
        try {
          return template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
        } catch (err) {
          if (err instanceof UserError) throw err;
          throw new UserError(`${file}: ${(err as Error).message}`);
        }
      };
      cache.set(key, run);
      return run;
    },
  };
}
