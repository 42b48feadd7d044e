import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { KEY, Terminal } from "../helpers/terminal.js";

const tmp = () => mkdtemp(join(tmpdir(), "czt-create-"));

describe("create-zero-trust [dir]", () => {
  it("--dry-run prints the writer's change list and writes nothing", async () => {
    const cwd = await tmp();
    const { code, stdout } = await runCli(["out", "--example", "--dry-run"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Changes to out \(dry run: nothing is written\)/);
    expect(stdout).toMatch(/^ {2}create {4}ROADMAP\.md$/m);
    expect(stdout).toMatch(/^\d+ created\.$/m);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("create --dry-run and update --dry-run print the same change list for the same repository and answers", async () => {
    const cwd = await tmp();
    expect((await runCli(["out", "--example"], { cwd })).code).toBe(0);
    // The user edits a generated file and deletes another: both dry runs must see the same merge.
    const readme = join(cwd, "out", "README.md");
    await writeFile(readme, `${readFileSync(readme, "utf8")}\nOur notes.\n`);
    const created = await runCli(["out", "--example", "--dry-run"], { cwd });
    const updated = await runCli(["update", "out", "--dry-run"], { cwd });
    expect(created.code, created.stderr).toBe(0);
    expect(updated.code, updated.stderr).toBe(0);
    expect(created.stdout).toMatch(/^Changes to out \(dry run: nothing is written\)/);
    expect(created.stdout).toMatch(/^ {2}keep {6}README\.md: your edit is kept/m);
    expect(created.stdout).toBe(updated.stdout);
  });

  it("refuses a non-empty folder that is not a previous output before asking anything, unless --force", async () => {
    const cwd = await tmp();
    await mkdir(join(cwd, "busy"));
    await writeFile(join(cwd, "busy", "notes.txt"), "mine\n");
    const refused = await runCli(["busy", "--example"], { cwd });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/busy is not empty and is not a create-zero-trust repository.*--force/);
    expect(readdirSync(join(cwd, "busy"))).toEqual(["notes.txt"]);

    const forced = await runCli(["busy", "--example", "--force"], { cwd });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(cwd, "busy", "notes.txt"), "utf8")).toBe("mine\n");
    expect(existsSync(join(cwd, "busy", "ROADMAP.md"))).toBe(true);
  });

  it("in a terminal, asks what to do with a non-empty folder, then offers git init and a first commit", async () => {
    const cwd = await tmp();
    await mkdir(join(cwd, "busy"));
    await writeFile(join(cwd, "busy", "notes.txt"), "mine\n");
    const term = new Terminal();
    const ident = { GIT_AUTHOR_NAME: "T", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "T", GIT_COMMITTER_EMAIL: "t@example.com" };
    const done = term.run(["busy", "--example", "--no-verify"], cwd, ident);
    expect(await term.nextPrompt()).toMatch(/busy is not empty and is not a create-zero-trust repository/);
    term.press(KEY.enter); // Choose another folder
    await term.waitFor(/Where should the repository be created\?/);
    term.press("fresh" + KEY.enter);
    await term.waitFor(/Initialize a git repository with a first commit\?/);
    term.press(KEY.enter);
    expect(await done, term.err).toBe(0);
    expect(readdirSync(join(cwd, "busy"))).toEqual(["notes.txt"]);
    expect(term.out).toMatch(/Generated \d+ files in fresh\/, committed to a new git repository\./);
    expect(term.out).not.toContain("git init &&");
    const log = execFileSync("git", ["log", "--oneline"], { cwd: join(cwd, "fresh"), encoding: "utf8" });
    expect(log).toMatch(/Zero Trust baseline/);
  });

  it("in a terminal, cancel leaves a non-empty folder alone, and --no-git only prints the git hint", async () => {
    const cwd = await tmp();
    await mkdir(join(cwd, "busy"));
    await writeFile(join(cwd, "busy", "notes.txt"), "mine\n");
    const cancelled = new Terminal();
    const stopped = cancelled.run(["busy", "--example", "--no-verify"], cwd);
    await cancelled.nextPrompt();
    cancelled.press(KEY.down + KEY.down + KEY.enter);
    expect(await stopped).toBe(1);
    expect(readdirSync(join(cwd, "busy"))).toEqual(["notes.txt"]);

    const writer = new Terminal();
    const done = writer.run(["busy", "--example", "--no-verify", "--no-git"], cwd);
    await writer.nextPrompt();
    writer.press(KEY.down + KEY.enter); // Write into it
    expect(await done, writer.err).toBe(0);
    expect(existsSync(join(cwd, "busy", "ROADMAP.md"))).toBe(true);
    expect(readFileSync(join(cwd, "busy", "notes.txt"), "utf8")).toBe("mine\n");
    expect(existsSync(join(cwd, "busy", ".git"))).toBe(false);
    expect(writer.out).toContain("git init && git add -A && git commit");
  });

  it("resumes answers saved by an interrupted create, saying how many were found", async () => {
    const cwd = await tmp();
    await mkdir(join(cwd, "half", ".zero-trust"), { recursive: true });
    await writeFile(join(cwd, "half", ".zero-trust", "answers.yaml"), "schemaVersion: 1\norganization:\n  name: Half Ltd\nanswers:\n  identity.federation: federated\n");
    const term = new Terminal();
    const done = term.run(["half", "--no-verify"], cwd);
    await term.waitFor(/Resuming: 1 answers found\./);
    term.press(KEY.ctrlC);
    expect(await done).toBe(1);
  });

  it("--yes renders with no prompt, tailored by --set", async () => {
    const cwd = await tmp();
    const { code, stdout, stderr } = await runCli(["cfn", "--yes", "--set", "organization.name=Beta Ltd", "--set", "organization.iac=cloudformation", "--set", "organization.ci=codepipeline"], { cwd });
    expect(code, stderr).toBe(0);
    // The defaults are counted, and the closing screen starts with the way into the new folder.
    expect(stderr).toMatch(/--yes took the default for \d+ unanswered questions/);
    expect(stdout).toMatch(/Next steps:\n {2}cd cfn\n {2}git init && git add -A && git commit/);
    const files = readdirSync(join(cwd, "cfn"));
    expect(files).toContain("cloudformation");
    expect(files).not.toContain("terraform");
    expect(files).not.toContain(".github");
    expect(readFileSync(join(cwd, "cfn", ".zero-trust", "answers.yaml"), "utf8")).toContain("name: Beta Ltd");
  });

  it("the wizard asks for the folder when none is given", async () => {
    const cwd = await tmp();
    const term = new Terminal();
    const done = term.run(["--example", "--no-verify", "--no-git"], cwd);
    await term.waitFor(/Where should the repository be created\?/);
    term.press("\x7f".repeat(12) + "from-wizard" + KEY.enter);
    expect(await done, term.err).toBe(0);
    expect(existsSync(join(cwd, "from-wizard", "ROADMAP.md"))).toBe(true);
    expect(term.out).toContain("Next steps:");
  });
});
