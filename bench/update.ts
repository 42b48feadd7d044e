import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main.js";
import { findPackageRoot } from "../src/package-root.js";
import { dropHidden, type CompleteAnswers } from "../src/questionnaire/answers.js";
import { loadQuestionnaire } from "../src/questionnaire/load.js";
import type { Questionnaire } from "../src/questionnaire/model.js";
import { serializeAnswers } from "../src/questionnaire/serialize.js";
import { buildRepository } from "../src/pipeline/build.js";
import { loadModules } from "../src/render/index.js";
import { generateInto, planUpdate } from "../src/update/index.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const bin = join(root, "bin/create-zero-trust.js");
const env = { ...process.env, CI: "true", NO_COLOR: "1", SOURCE_DATE_EPOCH: "1767225600" };

/** Every question answered with its traditional option: the most gaps, so the most modules. */
function allTraditional(questionnaire: Questionnaire, iac: "terraform" | "cloudformation"): CompleteAnswers {
  const answers: Record<string, string> = {};
  for (const q of questionnaire.questions.values()) answers[q.id] = (q.options.find((o) => o.stage === "traditional") ?? q.options[0]!).value;
  const file = { schemaVersion: 1 as const, assessedAt: "2026-01-01", organization: { name: "Bench Corp", regions: ["eu-west-1", "eu-central-1"], homeRegion: "eu-west-1", identityProvider: "okta" as const, iac, ci: "github-actions" as const }, answers };
  return dropHidden(file, questionnaire) as CompleteAnswers;
}

async function median(n: number, prepare: () => Promise<void>, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    await prepare();
    const t = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(n / 2)]! * 10) / 10;
}

async function cli(argv: string[], cwd: string): Promise<number> {
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  io.stdout.resume();
  io.stderr.resume();
  io.stdin.end();
  return main({ argv, io, env, cwd, interactive: false });
}

/**
 * `update` on the largest generated repository (every answer traditional, the larger of the two
 * IaC flavors): a no-op update and an update with one answer changed, in-process (the command's
 * own work) and as a process of the built CLI (what a user waits for). Goal: no-op under 300 ms.
 */
export async function benchUpdate(): Promise<Record<string, number | string>> {
  const { version } = findPackageRoot();
  const questionnaire = await loadQuestionnaire(join(root, "questionnaires"));
  const templatesDir = join(root, "templates");
  const catalog = await loadModules(templatesDir, { questionnaire });
  let largest: { answers: CompleteAnswers; tree: Map<string, string | Uint8Array>; modules: string[] } | undefined;
  for (const iac of ["terraform", "cloudformation"] as const) {
    const answers = allTraditional(questionnaire, iac);
    const r = await buildRepository({ questionnaire, answers, templatesDir, toolVersion: version, catalog });
    if (!largest || r.tree.size > largest.tree.size) largest = { answers, tree: r.tree, modules: r.modules.map((m) => m.manifest.id) };
  }
  const { answers, tree, modules } = largest!;
  const bytes = [...tree.values()].reduce((n, c) => n + (typeof c === "string" ? Buffer.byteLength(c) : c.length), 0);

  const work = await mkdtemp(join(tmpdir(), "czt-bench-update-"));
  const pristine = join(work, "pristine");
  const repo = join(work, "repo");
  const answersText = serializeAnswers(answers, questionnaire);
  // Generated through the wizard's path, so the tree includes the report files as it does for users.
  await writeFile(join(work, "answers.yaml"), answersText);
  const created = await cli(["pristine", "--answers", "answers.yaml", "--no-verify"], work);
  if (created !== 0) throw new Error(`generating the benchmark repository failed (exit ${created})`);
  const reset = async () => {
    await rm(repo, { recursive: true, force: true });
    await cp(pristine, repo, { recursive: true });
  };

  const firstGeneration = await median(5, async () => rm(join(work, "fresh"), { recursive: true, force: true }), () =>
    generateInto({ dir: join(work, "fresh"), tree, answers: answersText, modules, toolVersion: version }),
  );
  await reset();
  const enginePlan = await median(15, async () => {}, () => planUpdate({ dir: repo, newTree: tree, answers: answersText, modules, toolVersion: version }));
  const noopInProcess = await median(15, async () => {}, () => cli(["update", "repo"], work));
  // One answer moved off traditional (the first question that has another stage).
  const q = [...questionnaire.questions.values()].find((x) => answers.answers[x.id] !== undefined && x.options.some((o) => o.stage !== "traditional"))!;
  const other = q.options.find((o) => o.stage !== "traditional")!.value;
  const changedInProcess = await median(9, reset, () => cli(["update", "repo", "--set", `${q.id}=${other}`], work));
  let filesChanged = 0;
  {
    // Files the one-answer update rewrites (for context next to its time).
    await reset();
    const r = await buildRepository({ questionnaire, answers: { ...answers, answers: { ...answers.answers, [q.id]: other } }, templatesDir, toolVersion: version, catalog });
    const plan = await planUpdate({ dir: repo, newTree: r.tree, answers: answersText, modules, toolVersion: version });
    filesChanged = plan.actions.filter((a) => a.write || a.kind === "delete").length;
  }

  const figures: Record<string, number | string> = {
    "largest repository (files / KB)": `${tree.size} / ${Math.round(bytes / 1024)} (${answers.organization.iac}, ${modules.length} modules)`,
    "first generation, write only (ms)": firstGeneration,
    "no-op: plan only, tree given (ms)": enginePlan,
    "no-op update, in-process (ms)": noopInProcess,
    [`one answer changed (${q.id}), in-process (ms)`]: changedInProcess,
    "  files that answer rewrites (template files)": filesChanged,
  };
  if (existsSync(join(root, "dist"))) {
    const proc = (args: string[]) => async () => void execFileSync(process.execPath, [bin, ...args], { cwd: work, env, stdio: "ignore" });
    figures["no-op update, CLI process (ms)"] = await median(9, async () => {}, proc(["update", "repo"]));
    figures["one answer changed, CLI process (ms)"] = await median(5, reset, proc(["update", "repo", "--set", `${q.id}=${other}`]));
  }
  await rm(work, { recursive: true, force: true });
  return figures;
}
