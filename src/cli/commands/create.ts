import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { insidePath } from "../../fs/guarded.js";
import { ANSWERS_FILE } from "../../update/paths.js";
import { join, relative } from "node:path";
import { UserError } from "../../errors.js";
import type { Roadmap } from "../../plan/model.js";
import { loadQuestionnaire } from "../../questionnaire/load.js";
import type { Context } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { resolveFrom } from "../parse-args.js";
import { resolveAnswers } from "../steps/answers.js";
import { gatherEvidence } from "../steps/evidence.js";
import { formatAssessment } from "../steps/print-assessment.js";
import { dryRunText, repositoryTree } from "../steps/repository.js";
import { outputWidth, wrapBlock } from "../../text/wrap.js";

const DEFAULT_DIR = "zero-trust";

/** The wizard: target folder, questionnaire, optional live verification, render, report, write. */
export async function run(ctx: Context): Promise<ExitCode> {
  // Settled before asking anything: an hour of answers must not end in "folder not empty".
  const { dir, force } = await settleFolder(ctx, await targetDir(ctx));
  const rel = relative(ctx.cwd, dir) || ".";

  const questionnaire = await loadQuestionnaire(ctx.paths.questionnaires);
  const stateAnswers = await insidePath(dir, ANSWERS_FILE); // the wizard saves there while asking
  const resumable = !ctx.flags.answers && !ctx.flags.example && existsSync(stateAnswers);
  const resolved = await resolveAnswers(
    resumable ? { ...ctx, flags: { ...ctx.flags, answers: stateAnswers } } : ctx,
    questionnaire,
    { defaultFile: ctx.flags["dry-run"] ? undefined : stateAnswers, title: "create-zero-trust · Zero Trust baseline for AWS" },
  );
  if (!resolved) return EXIT.ok;
  const { answers } = resolved;
  const { evidence } = await gatherEvidence(ctx, answers);
  const { tree, roadmap, modules, assessment } = await repositoryTree(ctx, { questionnaire, answers, evidence });

  if (ctx.flags["dry-run"]) {
    const { planUpdate } = await import("../../update/index.js");
    const { serializeAnswers } = await import("../../questionnaire/serialize.js");
    const ids = modules.map((m) => m.manifest.id);
    const plan = await planUpdate({ dir, newTree: tree, answers: serializeAnswers(answers, questionnaire), toolVersion: ctx.version, modules: ids, evidence: evidence ? `${JSON.stringify(evidence, null, 2)}\n` : undefined });
    for (const w of plan.warnings) ctx.io.stderr.write(`warning ${w}\n`);
    ctx.io.stdout.write(await dryRunText(ctx, rel, plan));
    return EXIT.ok;
  }
  const { generateInto } = await import("../../update/index.js");
  const result = await generateInto({ dir, tree, answers, questionnaire, evidence, modules: modules.map((m) => m.manifest.id), force, toolVersion: ctx.version });
  if (ctx.flags.json) {
    ctx.io.stdout.write(JSON.stringify({ dir, assessment, roadmap, files: [...tree.keys()], result }, null, 2) + "\n");
    return result.conflicts.length ? EXIT.conflicts : EXIT.ok;
  }
  const width = outputWidth(ctx.io.stdout);
  ctx.io.stdout.write(formatAssessment(assessment, ctx.colors, width));
  const committed = !existsSync(join(dir, ".git")) && (await offerGit(ctx, dir));
  ctx.io.stdout.write(wrapBlock(closing(rel, tree.size, roadmap, result, existsSync(join(dir, ".git")), committed), width));
  return result.conflicts.length ? EXIT.conflicts : EXIT.ok;
}

const isBusy = (dir: string) => !existsSync(join(dir, ".zero-trust")) && existsSync(dir) && readdirSync(dir).length > 0;

/** A non-empty folder that is not a previous output: asked about in a terminal, an error naming --force without one. */
async function settleFolder(ctx: Context, first: string): Promise<{ dir: string; force: boolean }> {
  let dir = first;
  if (ctx.flags.force || !isBusy(dir)) return { dir, force: !!ctx.flags.force };
  const rel = () => relative(ctx.cwd, dir) || ".";
  if (!ctx.interactive || ctx.flags.yes)
    throw new UserError(`${rel()} is not empty and is not a create-zero-trust repository; choose another folder or pass --force to write into it`);
  const { createPrompter } = await import("../../questionnaire/ask/prompter.js");
  const { Cancelled } = await import("../../questionnaire/ask/cancelled.js");
  const prompter = createPrompter(ctx.io);
  while (isBusy(dir)) {
    const choice = await prompter.select(`${rel()} is not empty and is not a create-zero-trust repository. What now?`, [
      { value: "other", label: "Choose another folder" },
      { value: "write", label: "Write into it" },
      { value: "cancel", label: "Cancel" },
    ]);
    if (choice === "cancel") throw new Cancelled();
    if (choice === "write") return { dir, force: true };
    const name = await prompter.text("Where should the repository be created?", { validate: (v) => (v.trim() ? undefined : "Enter a folder name") });
    dir = resolveFrom(ctx.cwd, name.trim());
  }
  return { dir, force: false };
}

/** In a terminal, offers `git init` and a first commit (update's 3-way merge is safest on committed files). */
async function offerGit(ctx: Context, dir: string): Promise<boolean> {
  if (!ctx.interactive || ctx.flags.yes || ctx.flags["no-git"] || ctx.flags.json) return false;
  const { createPrompter } = await import("../../questionnaire/ask/prompter.js");
  if (!(await createPrompter(ctx.io).confirm("Initialize a git repository with a first commit?"))) return false;
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe", env: { ...process.env, ...ctx.env } });
  try {
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "Zero Trust baseline");
    return true;
  } catch (err) {
    // No git, or no user.name/email: the closing screen still shows the commands to run.
    ctx.io.stderr.write(wrapBlock(`git: ${String((err as { stderr?: Buffer }).stderr ?? err).trim().split("\n")[0]}\n`, outputWidth(ctx.io.stderr)));
    return false;
  }
}

async function targetDir(ctx: Context): Promise<string> {
  const given = ctx.positionals[0];
  if (given) return resolveFrom(ctx.cwd, given);
  if (ctx.interactive && !ctx.flags.yes) {
    const { createPrompter } = await import("../../questionnaire/ask/prompter.js");
    const name = await createPrompter(ctx.io).text("Where should the repository be created?", {
      initialValue: DEFAULT_DIR,
      validate: (v) => (v.trim() ? undefined : "Enter a folder name"),
    });
    return resolveFrom(ctx.cwd, name.trim());
  }
  if (ctx.flags.yes) return resolveFrom(ctx.cwd, DEFAULT_DIR);
  throw new UserError(`name the folder to create, e.g. create-zero-trust ${DEFAULT_DIR} --answers answers.yaml (or pass --yes to use ./${DEFAULT_DIR})`);
}

function closing(rel: string, count: number, roadmap: Roadmap, result: { conflicts: string[] }, inGit: boolean, committed: boolean): string {
  const steps = roadmap.phases.flatMap((p) => p.steps.map((s) => ({ ...s, phaseTitle: p.title }))).slice(0, 3);
  const lines = [
    "",
    `Generated ${count} files in ${rel}/${committed ? ", committed to a new git repository" : ""}.`,
    "Next steps:",
    `  cd ${rel}`,
    // update's 3-way merge is safest when the user's edits are committed.
    ...(inGit ? [] : ["  git init && git add -A && git commit -m \"Zero Trust baseline\""]),
    ...steps.map((s, i) => `  ${i + 1}. ${s.title} (phase ${s.phase}, ${s.phaseTitle})${s.files[0] ? `:\n     ${s.files[0]}` : ""}`),
    // Paths on lines of their own: a long folder name never splits one.
    "The roadmap and the maturity report:",
    ...["ROADMAP.md", "ASSESSMENT.md", join("assessment", "report.html")].map((f) => `  ${join(rel, f)}`),
  ];
  if (result.conflicts.length) lines.push(`Merge conflicts left in: ${result.conflicts.join(", ")}`);
  return lines.join("\n") + "\n";
}
