import { parse } from "@cdktf/hcl2json";
import { dirname, join, normalize } from "node:path/posix";
import { select, type Files, type Problem, type ValidatorResult } from "./types.js";

/**
 * What `terraform validate` would catch across files, without the AWS provider (it cannot be
 * downloaded here): every var., local., module. output, resource/data and provider alias a
 * configuration references is declared, and every module call matches the module's variables,
 * required inputs and configuration_aliases.
 */
export async function terraformWiring(files: Files): Promise<ValidatorResult> {
  const byDir = new Map<string, [string, string][]>();
  for (const [path, text] of select(files, (p) => p.endsWith(".tf"))) {
    const dir = dirname(path);
    byDir.set(dir, [...(byDir.get(dir) ?? []), [path, text]]);
  }
  const configs = new Map<string, Config>();
  const problems: Problem[] = [];
  for (const [dir, tf] of byDir) {
    try {
      configs.set(dir, await readConfig(tf));
    } catch (err) {
      problems.push({ tool: "terraform-wiring", path: dir, message: `does not parse: ${(err as Error).message}` });
    }
  }
  for (const [dir, c] of configs) problems.push(...checkConfig(dir, c, configs));
  return { tool: "terraform-wiring", checked: configs.size, problems };
}

interface ModuleCall {
  file: string;
  source: string;
  args: string[];
  providers: Record<string, string>;
}

interface Config {
  variables: Map<string, { required: boolean }>;
  locals: Set<string>;
  outputs: Set<string>;
  resources: Set<string>;
  data: Set<string>;
  /** Provider configurations this directory can use: "aws" plus declared aliases or configuration_aliases. */
  aliases: Set<string>;
  modules: Map<string, ModuleCall>;
  /** [file, provider reference] from resource/data `provider =` arguments. */
  providerRefs: [string, string][];
  /** [file, text without comments] for reference scanning. */
  texts: [string, string][];
}

type Blocks = Record<string, Record<string, unknown>[]>;
type Json = Record<string, unknown>;

const META_ARGS = new Set(["source", "version", "providers", "count", "for_each", "depends_on"]);
const unwrap = (s: string) => s.replace(/^\$\{(.*)\}$/s, "$1");

async function readConfig(tf: [string, string][]): Promise<Config> {
  const c: Config = { variables: new Map(), locals: new Set(), outputs: new Set(), resources: new Set(), data: new Set(), aliases: new Set(["aws"]), modules: new Map(), providerRefs: [], texts: [] };
  for (const [file, text] of tf) {
    const j = (await parse(file, text)) as Json;
    for (const [name, bodies] of Object.entries((j.variable ?? {}) as Blocks)) c.variables.set(name, { required: !bodies.some((b) => "default" in b) });
    for (const block of (j.locals ?? []) as Json[]) for (const name of Object.keys(block)) c.locals.add(name);
    for (const name of Object.keys((j.output ?? {}) as Json)) c.outputs.add(name);
    for (const [kind, set] of [["resource", c.resources], ["data", c.data]] as const)
      for (const [type, byName] of Object.entries((j[kind] ?? {}) as Record<string, Blocks>))
        for (const [name, bodies] of Object.entries(byName)) {
          set.add(`${type}.${name}`);
          for (const b of bodies) if (typeof b.provider === "string") c.providerRefs.push([file, unwrap(b.provider)]);
        }
    for (const p of ((j.provider as Blocks | undefined)?.aws ?? []) as Json[]) if (typeof p.alias === "string") c.aliases.add(`aws.${p.alias}`);
    for (const t of (j.terraform ?? []) as Json[])
      for (const rp of (t.required_providers ?? []) as Json[]) {
        const aws = rp.aws as Json | undefined;
        for (const a of (aws?.configuration_aliases ?? []) as string[]) c.aliases.add(unwrap(a));
      }
    for (const [name, bodies] of Object.entries((j.module ?? {}) as Blocks)) {
      const b = bodies[0]!;
      const providers = Object.fromEntries(Object.entries((b.providers ?? {}) as Record<string, string>).map(([k, v]) => [k, unwrap(v)]));
      c.modules.set(name, { file, source: String(b.source), args: Object.keys(b).filter((k) => !META_ARGS.has(k)), providers });
    }
    c.texts.push([file, withoutComments(text)]);
  }
  return c;
}

function withoutComments(text: string): string {
  return text
    .split("\n")
    .map((l) => (/^\s*(#|\/\/)/.test(l) ? "" : l))
    .join("\n")
    .replace(/\$\$\{/g, "");
}

function checkConfig(dir: string, c: Config, configs: Map<string, Config>): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ tool: "terraform-wiring", path, message });
  for (const [file, text] of c.texts) {
    for (const m of text.matchAll(/(?<![\w.])var\.([A-Za-z_][\w-]*)/g)) if (!c.variables.has(m[1]!)) report(file, `var.${m[1]} is not declared in ${dir}`);
    for (const m of text.matchAll(/(?<![\w.])local\.([A-Za-z_][\w-]*)/g)) if (!c.locals.has(m[1]!)) report(file, `local.${m[1]} is not declared in ${dir}`);
    for (const m of text.matchAll(/(?<![\w.])data\.([a-z][\w]*)\.([A-Za-z_][\w-]*)/g)) if (!c.data.has(`${m[1]}.${m[2]}`)) report(file, `data.${m[1]}.${m[2]} is not declared in ${dir}`);
    for (const m of text.matchAll(/(?<![\w.])(aws_[a-z0-9_]+)\.([A-Za-z_][\w-]*)/g)) if (!c.resources.has(`${m[1]}.${m[2]}`)) report(file, `${m[1]}.${m[2]} is not declared in ${dir}`);
    for (const m of text.matchAll(/(?<![\w.])module\.([A-Za-z_][\w-]*)(?:\[[^\]]*\])?(?:\.([A-Za-z_][\w-]*))?/g)) {
      const call = c.modules.get(m[1]!);
      if (!call) report(file, `module.${m[1]} is not declared in ${dir}`);
      else if (m[2]) {
        const target = configs.get(normalize(join(dir, call.source)));
        if (target && !target.outputs.has(m[2])) report(file, `module.${m[1]}.${m[2]}: ${call.source} has no output "${m[2]}"`);
      }
    }
  }
  for (const [file, ref] of c.providerRefs) if (!c.aliases.has(ref)) report(file, `provider ${ref} is not configured in ${dir}`);
  for (const [name, call] of c.modules) {
    if (!/^\.\.?\//.test(call.source)) continue;
    const target = configs.get(normalize(join(dir, call.source)));
    if (!target) {
      report(call.file, `module "${name}": source ${call.source} has no .tf files`);
      continue;
    }
    for (const a of call.args) if (!target.variables.has(a)) report(call.file, `module "${name}": ${call.source} has no variable "${a}"`);
    for (const [v, { required }] of target.variables) if (required && !call.args.includes(v)) report(call.file, `module "${name}": required variable "${v}" of ${call.source} is not set`);
    for (const [inner, outer] of Object.entries(call.providers)) {
      if (!c.aliases.has(outer)) report(call.file, `module "${name}": provider ${outer} is not configured in ${dir}`);
      if (!target.aliases.has(inner)) report(call.file, `module "${name}": ${call.source} expects no provider ${inner}`);
    }
    for (const needed of target.aliases) if (needed !== "aws" && !(needed in call.providers)) report(call.file, `module "${name}": ${call.source} needs provider ${needed}, not passed`);
  }
  return problems;
}
