import { appendFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CompleteAnswers } from "../../src/questionnaire/answers.js";
import { serializeAnswers } from "../../src/questionnaire/serialize.js";
import { buildRepository } from "../../src/pipeline/build.js";
import type { FileTree } from "../../src/render/tree.js";
import { generateInto } from "../../src/update/index.js";
import { listFiles } from "../../src/update/read-state.js";
import { fixtureQuestionnaire } from "../assessment/fixture.js";

export const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const templatesDir = (v: "v1" | "v2") => join(fixtures, `templates-${v}`);
export const questionnaire = fixtureQuestionnaire();
export const tmp = () => mkdtemp(join(tmpdir(), "czt-update-"));

export function fixtureAnswers(overrides: Partial<CompleteAnswers["answers"]> = {}): CompleteAnswers {
  const answers: Record<string, string> = {};
  for (const q of questionnaire.questions.values()) if (!q.when?.length) answers[q.id] = "none";
  return {
    schemaVersion: 1,
    assessedAt: "2026-01-15",
    organization: { name: "Acme & Co <ops>", regions: ["eu-west-1"], homeRegion: "eu-west-1", identityProvider: "okta", iac: "terraform", ci: "github-actions" },
    answers: { ...answers, ...overrides } as CompleteAnswers["answers"],
  };
}

/** Renders a fixture template set with the real engine: the N of an update. */
export async function renderFixture(v: "v1" | "v2", answers = fixtureAnswers()) {
  const { tree, modules } = await buildRepository({ questionnaire, answers, templatesDir: templatesDir(v), toolVersion: `0.0.0-${v}` });
  return { tree, modules: modules.map((m) => m.manifest.id), answers: serializeAnswers(answers, questionnaire), toolVersion: `0.0.0-${v}` };
}

/** Every file of a folder outside .zero-trust/, as text (binary as base64 with a prefix). */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const p of await listFiles(dir)) {
    if (p.startsWith(".zero-trust/") || p.startsWith(".git/")) continue;
    const b = await readFile(join(dir, p));
    out.set(p, b.includes(0) ? `base64:${b.toString("base64")}` : b.toString("utf8"));
  }
  return out;
}

export const text = (tree: FileTree, path: string) => {
  const c = tree.get(path);
  if (c === undefined) throw new Error(`${path} is not in the tree`);
  return typeof c === "string" ? c : Buffer.from(c).toString("utf8");
};

/** Generates v1 into dir and applies the scripted user edits of the scenario matrix. */
export async function generateV1WithEdits(dir: string): Promise<void> {
  const v1 = await renderFixture("v1");
  await generateInto({ dir, tree: v1.tree, answers: v1.answers, modules: v1.modules, toolVersion: v1.toolVersion });
  const at = (p: string) => join(dir, p);
  const notes = await readFile(at("docs/notes.md"), "utf8");
  await writeFile(at("docs/notes.md"), notes.replace("Line two of section two.", "Line two of section two, edited by the user."));
  await writeFile(at("docs/overlap.md"), "# Overlap\n\nThe retention period is 30 days.\n");
  await rm(at("docs/deleted.md"));
  await appendFile(at("docs/removed-edited.md"), "\nMy own notes.\n");
  const crlf = (await readFile(at("docs/crlf.md"), "utf8")).replace(/\n/g, "\r\n");
  await writeFile(at("docs/crlf.md"), `${crlf}\r\nUser paragraph.\r\n`);
  await writeFile(at("docs/new.md"), "# My new file\n\nShared first line.\nUser text.\n");
}

/** Every file of a folder including .zero-trust/, as base64: for byte-identical comparisons. */
export async function snapshotAll(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const p of await listFiles(dir)) out.set(p, (await readFile(join(dir, p))).toString("base64"));
  return out;
}
