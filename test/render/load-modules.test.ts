import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadModules } from "../../src/render/load-modules.js";
import { buildRepository } from "../../src/pipeline/build.js";
import { ROOT, org, realQuestionnaire } from "../helpers/render-profiles.js";
import { fixtureQuestionnaire } from "../assessment/fixture.js";

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
  `id: ${id}\ntitle: ${id}\npillar: data\neffects: { data.a: most }\neffort: S\nrisk: low\nowner: data team\ncost: none\ncriteria: [done]\nsummary: s\niac: [terraform]\n${extra}files:\n${files}\n`;

describe("loadModules", () => {
  it("loads the real templates folder", async () => {
    const catalog = await loadModules(join(ROOT, "templates"), { questionnaire: await realQuestionnaire() });
    for (const id of ["scp-guardrails", "audit-role", "pipelines", "drift-detection"]) expect(catalog.modules.get(id)?.manifest.baseline).toBe(true);
  });

  it("names the file, line and path of a schema error", async () => {
    const dir = await templates({ a: { manifest: manifest("a").replace("effort: S", "effort: XL") } });
    await expect(loadModules(dir)).rejects.toThrow(/a\/module\.yaml:5:9: effort: expected one of S, M, L/);
  });

  it("checks effects and non-code steps against the questionnaire, naming file, place and what was expected", async () => {
    const dir = await templates({
      a: { manifest: manifest("a").replace("{ data.a: most }", "{ data.nope: most, data.b: lots }") },
      b: { manifest: manifest("b").replace("effects: { data.a: most }\n", "") },
    });
    await mkdir(join(dir, "_steps"));
    await writeFile(join(dir, "_steps", "data.yaml"), "pillar: data\nsteps:\n  - { id: a, title: t, kind: process, summary: s, effects: { data.c: every }, prerequisites: [ghost], effort: S, risk: low, owner: o, cost: c, criteria: [done] }\n");
    const err = String(await loadModules(dir, { questionnaire: fixtureQuestionnaire() }).catch((e: Error) => e));
    expect(err).toMatch(/a\/module\.yaml:\d+:\d+: effects.data.nope: unknown question "data.nope"/);
    expect(err).toMatch(/a\/module\.yaml:\d+:\d+: effects.data.b: "lots" is not an option of data.b; expected one of none, some, most, all/);
    expect(err).toMatch(/b\/module\.yaml:\d+:\d+: effects: expected effects or checks/);
    expect(err).toMatch(/_steps\/data\.yaml:\d+:\d+: steps.0.id: id "a" is already used/);
    expect(err).toMatch(/_steps\/data\.yaml:\d+:\d+: steps.0.effects.data.c: "every" is not an option of data.c/);
    expect(err).toMatch(/_steps\/data\.yaml:\d+:\d+: steps.0.prerequisites.0: unknown module or step "ghost"/);
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
    const run = buildRepository({ questionnaire: fixtureQuestionnaire(), answers, templatesDir: dir, toolVersion: "0.0.0" });
    await expect(run).rejects.toThrow(/a\/a\.md\.hbs:3:6: \{\{org\.name\}\}: raw interpolation is not allowed/);
  });

  it("refuses a template whose output is not valid in its language", async () => {
    const dir = await templates({ a: { manifest: manifest("a", "baseline: true\n", "  - { template: x.json.hbs, path: x.json }"), files: { "x.json.hbs": '{ "a": {{json org.name}}, }\n' } } });
    const answers = { schemaVersion: 1 as const, organization: org(), answers: {} };
    const run = buildRepository({ questionnaire: fixtureQuestionnaire(), answers, templatesDir: dir, toolVersion: "0.0.0" });
    await expect(run).rejects.toThrow(/x\.json\.hbs rendered an invalid JSON file x\.json/);
  });
});
