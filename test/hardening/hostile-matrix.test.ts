import { parse as parseHcl } from "@cdktf/hcl2json";
import { execa } from "execa";
import { micromark } from "micromark";
import { gfmTable, gfmTableHtml } from "micromark-extension-gfm-table";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { UserError } from "../../src/errors.js";
import type { IacFlavor } from "../../src/model/profile.js";
import { parseAnswersText, type CompleteAnswers } from "../../src/questionnaire/answers.js";
import { CFN_TAGS } from "../../src/render/cfn-yaml.js";
import { shWord } from "../../src/render/helpers/escape.js";
import { renderReport } from "../../src/report/index.js";
import { awsNamePrefix } from "../../src/text/aws-name.js";
import { answersAt, buildFor, realQuestionnaire, TOOL_VERSION } from "../helpers/render-profiles.js";
import { runCli } from "../helpers/run-cli.js";
import { cfnLint, shellcheck, terraformFmt, textOf, type ValidatorResult } from "../helpers/validators/index.js";
import { writeTemp } from "../helpers/validators/tmp-tree.js";
import { toolVersion } from "../helpers/validators/tool-available.js";

/**
 * Hostile organization names (and notes) against every output language. Each accepted string is
 * rendered as the organization name and as workshop notes; every generated file is read back in its
 * own language and compared with the same file rendered for a plain marker name: the structure must
 * be the same and the only difference the value itself, exactly. Validators run once per batch.
 */
const ACCEPTED = [
  `'single' "double" \`back\``,
  String.raw`back\slash\\ end\ `,
  "${AWS::AccountId}",
  "${!Literal} ${AWS::Region}-x",
  "${{ github.token }}",
  "${{ secrets.AWS_SECRET }} and ${{github.event.issue.title}}",
  "{{handlebars}} {{{triple}}} {{> partial}}",
  "$(rm -rf /) `id` ; rm -rf ~ && echo $HOME",
  "<script>alert(1)</script><img src=x onerror=alert(1)>",
  "*bold* _x_ | table | ~~strike~~ [link](http://x) ![i](y)",
  "# heading",
  "--> <!-- comment",
  "key: value",
  "- item",
  "&anchor",
  "*alias",
  "!tag value",
  "yes",
  "~",
  "null",
  "0755",
  "2010-09-09",
  "  padded with spaces  ",
  "%{ if true }x%{ endif }",
  "${var.secret} %%{ $${ }",
  "שלום Acme \u202eevil\u202c",
  "Acme 🚀 Ops 👩‍👩‍👧",
  "Café Zoë e\u0301\u0301 ñ",
  "A".repeat(250),
  "3M Company",
  "@here #channel [[wiki]] {json: true}",
  "a  b\u00a0c\u3000d", // runs of spaces, no-break space, ideographic space
];

/** Refused by the free-text rule: control characters and line separators. */
const REJECTED = ["Acme\u0000Corp", "Acme\u001b[31mRed", "Acme\u0007", "line\nbreak", "carriage\rreturn", "tab\there", "csi\u009b31m", "line\u2028sep", "para\u2029sep", "del\u007f"];

const CFN_LINTED = ["${AWS::AccountId}", "${!Literal} ${AWS::Region}-x", `'single' "double" \`back\``, "key: value"];

const MARKER = "Zqxmarker Corp";
const NOTE_QUESTION = "identity.mfa";

let questionnaire: Awaited<ReturnType<typeof realQuestionnaire>>;
const yamlQuote = (s: string) => JSON.stringify(s); // a JSON string is a YAML double-quoted scalar

function answersFor(name: string, iac: IacFlavor): CompleteAnswers {
  const org = `  name: ${yamlQuote(name)}\n  regions: [eu-west-1, us-east-1]\n  homeRegion: eu-west-1\n  identityProvider: okta\n  iac: ${iac}\n  ci: ${iac === "terraform" ? "github-actions" : "codepipeline"}\n`;
  const answers = Object.entries(answersAt(questionnaire, () => "traditional"))
    .map(([k, v]) => `  ${k}: ${v}\n`)
    .join("");
  const notes = `notes:\n  identity: ${yamlQuote(name)}\n  ${NOTE_QUESTION}: ${yamlQuote(name)}\n`;
  return parseAnswersText("answers.yaml", `schemaVersion: 1\nassessedAt: "2026-11-01"\norganization:\n${org}answers:\n${answers}${notes}`, questionnaire) as CompleteAnswers;
}

/** The repository as create writes it: templates plus the report files. */
async function render(name: string, iac: IacFlavor): Promise<Map<string, string>> {
  const answers = answersFor(name, iac);
  const built = await buildFor({ questionnaire, answers });
  const report = await renderReport({ assessment: built.assessment, answers, roadmap: built.roadmap, date: answers.assessedAt!, toolVersion: TOOL_VERSION });
  const out = new Map<string, string>();
  for (const [p, c] of built.tree) out.set(p, textOf(c));
  for (const [p, c] of report) out.set(p, textOf(c));
  return out;
}

// ---- reading back, per language -------------------------------------------------------------

type Subst = (s: string) => string;
const identity: Subst = (s) => s;

/** Literal text and references of a template string; adjacent literals merged, so escapes compare by meaning. */
type Segment = string | { ref: string };
function merge(parts: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const p of parts) {
    if (typeof p === "string" && typeof out.at(-1) === "string") out[out.length - 1] = (out.at(-1) as string) + p;
    else if (p !== "") out.push(p);
  }
  return out;
}

/** CloudFormation Fn::Sub: `${!x}` is the literal `${x}`, `${x}` a reference. */
function subSegments(s: string, subst: Subst): Segment[] {
  const parts: Segment[] = [];
  let last = 0;
  for (const m of s.matchAll(/\$\{(!?)([^}]*)\}/g)) {
    parts.push(subst(s.slice(last, m.index)));
    parts.push(m[1] ? `\${${m[2]}}` : { ref: m[2]! });
    last = m.index! + m[0].length;
  }
  parts.push(subst(s.slice(last)));
  return merge(parts);
}

/** HCL template strings as hcl2json keeps them: `$${` and `%%{` are literal, `${...}` and `%{...}` are code. */
function hclSegments(s: string, subst: Subst): Segment[] {
  const parts: Segment[] = [];
  let last = 0;
  for (const m of s.matchAll(/\$\$\{|%%\{|\$\{[^}]*\}|%\{[^}]*\}/g)) {
    parts.push(subst(s.slice(last, m.index)));
    parts.push(m[0] === "$${" ? "${" : m[0] === "%%{" ? "%{" : { ref: m[0] });
    last = m.index! + m[0].length;
  }
  parts.push(subst(s.slice(last)));
  return merge(parts);
}

/** Maps every string of parsed data (CloudFormation Fn::Sub by its segments). */
function normalize(data: unknown, leaf: (s: string) => unknown, subst: Subst): unknown {
  if (typeof data === "string") return leaf(data);
  if (Array.isArray(data)) return data.map((v) => normalize(v, leaf, subst));
  if (data && typeof data === "object") {
    const entries = Object.entries(data);
    if (entries.length === 1 && entries[0]![0] === "Fn::Sub") {
      const v = entries[0]![1];
      const [text, vars] = Array.isArray(v) ? v : [v, undefined];
      return { "Fn::Sub": [subSegments(String(text), subst), normalize(vars, leaf, subst)] };
    }
    return Object.fromEntries(entries.map(([k, v]) => [subst(k), normalize(v, leaf, subst)]));
  }
  return data;
}

function readYaml(text: string, version: "1.1" | "1.2"): unknown {
  const doc = parseDocument(text, { customTags: CFN_TAGS, version, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length) throw new Error(`not valid YAML ${version}: ${problems[0]!.message}`);
  return doc.toJS();
}

/**
 * Elements (tag and attributes, in document order) and the text a reader sees, by the HTML parser
 * browsers follow (parse5, the one jsdom uses); whitespace runs collapse as browsers display them.
 */
function readHtml(html: string): { elements: [string, [string, string][]][]; text: string } {
  const elements: [string, [string, string][]][] = [];
  let text = "";
  const walk = (node: DefaultTreeAdapterMap["node"]) => {
    if (node.nodeName === "#text") text += (node as DefaultTreeAdapterMap["textNode"]).value;
    else if ("tagName" in node) elements.push([node.tagName, node.attrs.map((a) => [a.name, a.value.replace(/\s+/g, " ")])]);
    const children = "content" in node ? [...node.content.childNodes, ...node.childNodes] : "childNodes" in node ? node.childNodes : [];
    for (const c of children) walk(c);
  };
  walk(parse(html));
  return { elements, text: text.replace(/\s+/g, " ") };
}

/** Markdown is most of the read-back time; both flavors render the same runbooks, so each text is read once. */
const markdownSeen = new Map<string, string>();
function markdownHtml(md: string): string {
  let html = markdownSeen.get(md);
  if (html === undefined) markdownSeen.set(md, (html = micromark(md, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()], allowDangerousHtml: true })));
  return html;
}
const htmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A file parsed in its own language, once; `project` then maps its strings (the marker's through `subst`). */
async function parseIn(path: string, text: string): Promise<unknown> {
  if (path.endsWith(".json")) return JSON.parse(text);
  if (/\.ya?ml$/.test(path)) return [readYaml(text, "1.1"), readYaml(text, "1.2")];
  if (path.endsWith(".tf")) return parseHcl(path, text);
  // CommonMark with GFM tables, as GitHub shows it: the HTML it becomes, compared as text (a soft line break shows as a space).
  if (path.endsWith(".md")) return markdownHtml(text).replace(/\s+/g, " ");
  if (path.endsWith(".html")) return readHtml(text);
  return text;
}

function project(path: string, parsed: unknown, subst: Subst): unknown {
  if (path.endsWith(".json") || /\.ya?ml$/.test(path)) return normalize(parsed, subst, subst);
  if (path.endsWith(".tf")) return normalize(parsed, (s) => hclSegments(s, subst), subst);
  if (path.endsWith(".html")) {
    const h = parsed as ReturnType<typeof readHtml>;
    return { elements: h.elements.map(([t, attrs]) => [t, attrs.map(([n, v]) => [n, subst(v)])]), text: subst(h.text) };
  }
  return subst(parsed as string);
}

// ---- the batches ------------------------------------------------------------------------------

interface Batch {
  marker: Map<string, string>;
  renders: Map<string, Map<string, string>>;
}
const batches = new Map<IacFlavor, Batch>();
const accepted: string[] = [];

beforeAll(async () => {
  questionnaire = await realQuestionnaire();
  for (const name of ACCEPTED) accepted.push(answersFor(name, "terraform").organization.name);
  for (const iac of ["terraform", "cloudformation"] as const) {
    const renders = new Map<string, Map<string, string>>();
    for (const name of accepted) renders.set(name, await render(name, iac));
    batches.set(iac, { marker: await render(MARKER, iac), renders });
  }
}, 300_000);

/**
 * Replaces the marker's name and its derived resource-name prefix with the hostile ones. In
 * Markdown the expected text is HTML-encoded, with whitespace runs as one space (Markdown shows them so).
 */
function substFor(name: string, path: string): Subst {
  const shown = path.endsWith(".md") ? htmlText(name.replace(/\s+/g, " ")) : path.endsWith(".html") ? name.replace(/\s+/g, " ") : name;
  return (s) => s.replaceAll(MARKER, () => shown).replaceAll(awsNamePrefix(MARKER), () => awsNamePrefix(name));
}

/** Files of the hostile render that differ from the marker's (the rest cannot hold the name). */
function differing(batch: Batch, name: string, test: (p: string) => boolean): [string, string][] {
  return [...batch.renders.get(name)!].filter(([p, t]) => test(p) && batch.marker.get(p) !== t);
}

/** Where two readings part, with a little context: what the file says against what the marker's file says with the value replaced. */
function firstDifference(got: string, want: string): string {
  let i = 0;
  while (i < got.length && got[i] === want[i]) i++;
  const at = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 40));
  return `${at(got)} where ${at(want)} was expected`;
}

const cases = { tried: 0, failed: 0 };
function record(failures: string[], tried: number) {
  cases.tried += tried;
  cases.failed += failures.length;
  expect(failures).toEqual([]);
}

describe(`hostile strings against every output language (${ACCEPTED.length} accepted, ${REJECTED.length} refused)`, () => {
  it("accepted names are kept exactly (only surrounding spaces trimmed, and in Unicode's composed form NFC, as Terraform reads every string)", () => {
    expect(accepted).toEqual(ACCEPTED.map((s) => s.trim().normalize("NFC")));
  });

  for (const iac of ["terraform", "cloudformation"] as const) {
    it(`${iac}: every file reads back the exact value in its own language, with the marker's structure`, async () => {
      const batch = batches.get(iac)!;
      const failures: string[] = [];
      let tried = 0;
      const markerParsed = new Map<string, unknown>();
      for (const name of accepted) {
        const hostile = batch.renders.get(name)!;
        expect([...hostile.keys()]).toEqual([...batch.marker.keys()]);
        for (const [path, text] of differing(batch, name, () => true)) {
          tried++;
          try {
            if (!markerParsed.has(path)) markerParsed.set(path, await parseIn(path, batch.marker.get(path)!));
            const got = project(path, await parseIn(path, text), identity);
            const want = project(path, markerParsed.get(path), substFor(name, path));
            const [g, w] = [JSON.stringify(got), JSON.stringify(want)];
            if (g !== w) failures.push(`${JSON.stringify(name)}: ${path}: reads back ${firstDifference(g, w)}`);
          } catch (err) {
            failures.push(`${JSON.stringify(name)}: ${path}: ${(err as Error).message.split("\n")[0]}`);
          }
        }
      }
      record(failures, tried);
      expect(tried).toBeGreaterThan(accepted.length * 4); // the name reaches HCL or CloudFormation, JSON, YAML, Markdown and HTML
    }, 300_000);
  }

  it("the name and notes reach the README, the Markdown and HTML reports (read back above, element by element)", () => {
    for (const iac of ["terraform", "cloudformation"] as const)
      for (const name of accepted) {
        const changed = differing(batches.get(iac)!, name, () => true).map(([p]) => p);
        expect(changed, name).toEqual(expect.arrayContaining(["README.md", "ASSESSMENT.md", "assessment/report.html", "assessment/assessment.json"]));
      }
  });

  it("CloudFormation: literal ${...} in user text is escaped as ${!...} in every !Sub, and cfn-lint passes once over the batch", async (ctx) => {
    const batch = batches.get("cloudformation")!;
    const files = new Map<string, string>();
    for (const name of accepted) for (const [p, t] of differing(batch, name, (x) => /\.ya?ml$/.test(x))) files.set(`${accepted.indexOf(name)}/${p}`, t);
    // cfn-lint takes seconds per template: it lints the names that stress CloudFormation and YAML most; the read-back above covers every name.
    const linted = new Map([...files].filter(([p]) => CFN_LINTED.includes(accepted[Number(p.split("/")[0])]!)));
    for (const [path, text] of files) {
      const subs: string[] = [];
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) k === "Fn::Sub" ? subs.push(String(Array.isArray(x) ? x[0] : x)) : walk(x);
      };
      walk(readYaml(text, "1.2"));
      const name = accepted[Number(path.split("/")[0])]!;
      for (const s of subs) if (name.includes("${") && s.includes(name.replaceAll("${", "${!"))) expect(s).not.toContain(name);
    }
    expect(linted.size).toBeGreaterThanOrEqual(CFN_LINTED.length);
    const lint: ValidatorResult = await cfnLint(linted);
    if (lint.skipped) ctx.skip(lint.skipped);
    record(lint.problems.map((p) => `${p.path}:${p.line}: ${p.message}`), lint.checked);
  }, 300_000);

  it("Terraform: terraform fmt over the batch; validate and console read every organization name back exactly", async (ctx) => {
    if (!(await toolVersion("terraform", ["version"]))) ctx.skip("terraform is not installed");
    const batch = batches.get("terraform")!;
    const files = new Map<string, string>();
    const rhs: string[] = [];
    for (const [i, name] of accepted.entries()) {
      for (const [p, t] of differing(batch, name, (x) => x.endsWith(".tf"))) files.set(`n${i}/${p}`, t);
      const locals = batch.renders.get(name)!.get("terraform/live/management/locals.tf")!;
      rhs.push(/^ {2}org_name += (.*)$/m.exec(locals)![1]!);
    }
    const fmt = await terraformFmt(files);
    record(fmt.problems.map((p) => `${p.path}: ${p.message}`), fmt.checked);
    // One root holding every rendered org_name expression, as Terraform reads it.
    const root = `locals {\n${rhs.map((r, i) => `  name_${i} = ${r}\n`).join("")}}\n\noutput "names" {\n  value = [${rhs.map((_, i) => `local.name_${i}`).join(", ")}]\n}\n`;
    const { dir, cleanup } = await writeTemp([["main.tf", root]]);
    try {
      const env = { TF_CLI_CONFIG_FILE: "/dev/null", TF_IN_AUTOMATION: "1" };
      await execa("terraform", ["init", "-backend=false", "-input=false", "-no-color"], { cwd: dir, env });
      const validate = await execa("terraform", ["validate", "-json"], { cwd: dir, env, reject: false });
      expect(JSON.parse(validate.stdout).valid, validate.stdout).toBe(true);
      const r = await execa("terraform", ["console"], { cwd: dir, env, input: `base64encode(jsonencode([${rhs.map((_, i) => `local.name_${i}`).join(", ")}]))\n` });
      const names = JSON.parse(Buffer.from(JSON.parse(r.stdout.trim().split("\n").pop()!) as string, "base64").toString("utf8")) as string[];
      record(names.flatMap((n, i) => (n === accepted[i] ? [] : [`terraform reads ${JSON.stringify(n)} for ${JSON.stringify(accepted[i])}`])), names.length + 1);
    } finally {
      await cleanup();
    }
  }, 300_000);

  it("shell: generated scripts never carry user text unquoted; bash -n and shellcheck pass over the batch", async (ctx) => {
    const files = new Map<string, string>();
    for (const iac of ["terraform", "cloudformation"] as const) {
      const batch = batches.get(iac)!;
      for (const [i, name] of accepted.entries())
        for (const [p, t] of batch.renders.get(name)!) if (p.endsWith(".sh")) {
          files.set(`${iac}/n${i}/${p}`, t);
          // Where the name reaches a script at all, it is one single-quoted word.
          if (t !== batch.marker.get(p)) expect(t).toBe(batch.marker.get(p)!.replaceAll(shWord(MARKER), shWord(name)));
        }
    }
    expect(files.size).toBeGreaterThan(0);
    const { dir, cleanup } = await writeTemp([...files]);
    try {
      const failures: string[] = [];
      for (const p of files.keys()) {
        const r = await execa("bash", ["-n", join(dir, p)], { reject: false });
        if (r.exitCode !== 0) failures.push(`${p}: ${r.stderr}`);
      }
      record(failures, files.size);
    } finally {
      await cleanup();
    }
    const check = await shellcheck(new Map([...files].filter(([p]) => p.includes("/n0/"))));
    if (check.skipped) ctx.skip(check.skipped);
    record(check.problems.map((p) => `${p.path}:${p.line}: ${p.message}`), check.checked);
  }, 300_000);

  it("GitHub Actions: no ${{ from user text reaches a workflow", () => {
    const batch = batches.get("terraform")!;
    const count = (t: string) => t.split("${{").length - 1;
    let tried = 0;
    for (const name of accepted)
      for (const [p, t] of batch.renders.get(name)!)
        if (p.startsWith(".github/")) {
          expect(count(t), `${name}: ${p}`).toBe(count(batch.marker.get(p)!));
          tried++;
        }
    expect(tried).toBeGreaterThan(0);
    record([], tried);
  });

  it.each(REJECTED.map((s) => [JSON.stringify(s), s]))("refused: %s as organization name or note gives a clear error and writes nothing", async (_, s) => {
    const cwd = await mkdtemp(join(tmpdir(), "czt-hostile-"));
    const code = `U+${s.match(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    await writeFile(join(cwd, "name.yaml"), `schemaVersion: 1\norganization:\n  name: ${yamlQuote(s)}\nanswers: {}\n`);
    await writeFile(join(cwd, "note.yaml"), `schemaVersion: 1\norganization: {}\nanswers: {}\nnotes:\n  identity: ${yamlQuote(s.replace(/[\n\t]/g, "\u001b"))}\n`);
    const runs = [
      [await runCli(["zt", "--answers", "name.yaml", "--yes", "--no-git"], { cwd }), "organization.name"],
      [await runCli(["zt", "--answers", "note.yaml", "--yes", "--no-git"], { cwd }), "notes.identity"],
      [await runCli(["zt", "--example", "--yes", "--no-git", "--set", `organization.name=${s}`], { cwd }), "--set organization.name"],
    ] as const;
    for (const [r, place] of runs) {
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error /);
      expect(r.stderr).not.toMatch(/\n\s+at |unexpected error/);
      expect(r.stderr).toContain(place);
      expect(r.stderr).toContain(place === "notes.identity" && /[\n\t]/.test(s) ? "U+001B" : code);
      expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    }
    expect((await readdir(cwd)).sort()).toEqual(["name.yaml", "note.yaml"]);
    record([], runs.length);
  });

  it("a parse of an accepted name never throws; a refused one is a UserError", () => {
    for (const s of REJECTED) expect(() => answersFor(s, "terraform")).toThrow(UserError);
  });
});

describe("the count", () => {
  it("prints how many cases the matrix tried and how many failed", () => {
    // Printed for the issue's closing note (`npx vitest run test/hardening/hostile-matrix.test.ts`).
    console.log(`hostile matrix: ${cases.tried} cases tried, ${cases.failed} failed`);
    expect(cases.tried).toBeGreaterThan(0);
  });
});
