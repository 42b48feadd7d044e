import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadModules } from "../../src/render/load-modules.js";
import { renderRepository } from "../../src/render/render.js";
import { ROOT, org, syntheticAssessment } from "../helpers/render-profiles.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A templates folder with the real _repo and the given modules (id -> manifest text and files). */
async function templates(modules: Record<string, { manifest: string; files?: Record<string, string> }>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "czt-templates-"));
  dirs.push(dir);
  await cp(join(ROOT, "templates", "_repo"), join(dir, "_repo"), { recursive: true });
  for (const [id, m] of Object.entries(modules)) {
    await mkdir(join(dir, id), { recursive: true });
    await writeFile(join(dir, id, "module.yaml"), m.manifest);
    for (const [path, text] of Object.entries(m.files ?? { "a.md.hbs": "# A\n" })) {
      await mkdir(join(dir, id, path, ".."), { recursive: true });
      await writeFile(join(dir, id, path), text);
    }
  }
  return dir;
}

const manifest = (id: string, extra = "", files = "  - { template: a.md.hbs, path: docs/" + id + ".md }") =>
  `id: ${id}\ntitle: ${id}\npillar: data\nraises: { capability: data.encryption, to: advanced }\neffort: S\nrisk: low\nsummary: s\niac: [terraform]\n${extra}files:\n${files}\n`;

describe("loadModules", () => {
  it("loads the real templates folder", async () => {
    const catalog = await loadModules(join(ROOT, "templates"));
    for (const id of ["scp-guardrails", "audit-role", "pipelines", "drift-detection"]) expect(catalog.modules.get(id)?.manifest.baseline).toBe(true);
  });

  it("names the file, line and path of a schema error", async () => {
    const dir = await templates({ a: { manifest: manifest("a").replace("effort: S", "effort: XL") } });
    await expect(loadModules(dir)).rejects.toThrow(/a\/module\.yaml:5:9: effort: expected one of S, M, L/);
  });

  it("refuses unknown prerequisites, cycles, wrong ids and missing templates", async () => {
    const dir = await templates({
      a: { manifest: manifest("a", "prerequisites: [b]\n") },
      b: { manifest: manifest("b", "prerequisites: [a]\n") },
      c: { manifest: manifest("wrong", "prerequisites: [nope]\n") },
      d: { manifest: manifest("d", "", "  - { template: missing.md.hbs, path: docs/d.md }") },
    });
    const err = await loadModules(dir).catch((e: Error) => e);
    expect(String(err)).toMatch(/c\/module\.yaml:1:\d+: id: id "wrong" must equal the folder name "c"/);
    expect(String(err)).toMatch(/c\/module\.yaml:\d+:\d+: prerequisites.0: unknown module "nope"/);
    expect(String(err)).toMatch(/prerequisites form a cycle: a -> b -> a/);
    expect(String(err)).toMatch(/d\/module\.yaml:\d+:\d+: files.0.template: template file .*missing\.md\.hbs does not exist/);
  });

  it("refuses two files writing one path for the same flavor, and {{ }} in paths", async () => {
    const dir = await templates({
      a: { manifest: manifest("a", "", "  - { template: a.md.hbs, path: docs/x.md }\n  - { template: a.md.hbs, path: docs/x.md }") },
    });
    await expect(loadModules(dir)).rejects.toThrow(/files.1.path: path "docs\/x\.md" is also written by files\[0\]/);
    const dir2 = await templates({ a: { manifest: manifest("a", "", "  - { template: a.md.hbs, path: 'docs/{{org.slug}}.md' }") } });
    await expect(loadModules(dir2)).rejects.toThrow(/expected a relative POSIX path/);
  });

  it("refuses at render time a template with raw interpolation, naming file, line and expression", async () => {
    const dir = await templates({ a: { manifest: manifest("a", "baseline: true\n"), files: { "a.md.hbs": "# Title\n\nOrg: {{org.name}}\n" } } });
    const answers = { schemaVersion: 1 as const, organization: org(), answers: {} };
    const run = renderRepository({ answers, assessment: syntheticAssessment("x", () => "initial"), templatesDir: dir, toolVersion: "0.0.0" });
    await expect(run).rejects.toThrow(/a\/a\.md\.hbs:3:6: \{\{org\.name\}\}: raw interpolation is not allowed/);
  });

  it("refuses a template whose output is not valid in its language", async () => {
    const dir = await templates({ a: { manifest: manifest("a", "baseline: true\n", "  - { template: x.json.hbs, path: x.json }"), files: { "x.json.hbs": '{ "a": {{json org.name}}, }\n' } } });
    const answers = { schemaVersion: 1 as const, organization: org(), answers: {} };
    const run = renderRepository({ answers, assessment: syntheticAssessment("x", () => "initial"), templatesDir: dir, toolVersion: "0.0.0" });
    await expect(run).rejects.toThrow(/x\.json\.hbs rendered an invalid JSON file x\.json/);
  });
});
