import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { KEY, Terminal } from "../helpers/terminal.js";

const tmp = () => mkdtemp(join(tmpdir(), "czt-create-"));

describe("create-zero-trust [dir]", () => {
  it("--dry-run lists every file with its size and writes nothing", async () => {
    const cwd = await tmp();
    const { code, stdout } = await runCli(["out", "--example", "--dry-run"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toMatch(/Would write \d+ files into out/);
    expect(stdout).toMatch(/ROADMAP\.md\s+[\d.,]+ ?(B|KB|kB|KiB)/);
    expect(readdirSync(cwd)).toEqual([]);
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

  it("--yes renders with no prompt, tailored by --set", async () => {
    const cwd = await tmp();
    const { code, stderr } = await runCli(["cfn", "--yes", "--set", "organization.name=Beta Ltd", "--set", "organization.iac=cloudformation", "--set", "organization.ci=codepipeline"], { cwd });
    expect(code, stderr).toBe(0);
    const files = readdirSync(join(cwd, "cfn"));
    expect(files).toContain("cloudformation");
    expect(files).not.toContain("terraform");
    expect(files).not.toContain(".github");
    expect(readFileSync(join(cwd, "cfn", ".zero-trust", "answers.yaml"), "utf8")).toContain("name: Beta Ltd");
  });

  it("the wizard asks for the folder when none is given", async () => {
    const cwd = await tmp();
    const term = new Terminal();
    const done = term.run(["--example", "--no-verify"], cwd);
    await term.waitFor(/Where should the repository be created\?/);
    term.press("\x7f".repeat(12) + "from-wizard" + KEY.enter);
    expect(await done, term.err).toBe(0);
    expect(existsSync(join(cwd, "from-wizard", "ROADMAP.md"))).toBe(true);
    expect(term.out).toContain("Next steps:");
  });
});
