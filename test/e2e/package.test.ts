import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });

/** The package as `npm create zero-trust` gets it: packed, installed into an empty folder, run from there. */
describe("the packed package", () => {
  let project: string;
  let cli: (args: string[], cwd?: string) => { code: number; stdout: string; stderr: string };
  let files: string[];

  beforeAll(async () => {
    const packDir = await mkdtemp(join(tmpdir(), "czt-pack-"));
    const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", packDir], root)) as { filename: string; files: { path: string }[] }[];
    files = packed[0]!.files.map((f) => f.path);
    project = await mkdtemp(join(tmpdir(), "czt-install-"));
    await writeFile(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    // No runtime dependencies: everything is bundled, so the install needs no registry.
    npm(["install", "--offline", "--no-audit", "--no-fund", join(packDir, packed[0]!.filename)], project);
    const bin = join(project, "node_modules", ".bin", "create-zero-trust");
    cli = (args, cwd = project) => {
      try {
        const stdout = execFileSync(bin, args, { cwd, encoding: "utf8", env: { ...process.env, CI: "true", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
        return { code: 0, stdout, stderr: "" };
      } catch (err) {
        const e = err as { status: number; stdout: string; stderr: string };
        return { code: e.status, stdout: e.stdout, stderr: e.stderr };
      }
    };
  }, 180_000);

  it("ships only what runs: the bundle, the data files and no sources or tests", () => {
    expect(files).toContain("bin/create-zero-trust.js");
    expect(files).toContain("dist/cli.js");
    expect(files.some((f) => f.startsWith("questionnaires/"))).toBe(true);
    expect(files.some((f) => f.startsWith("templates/"))).toBe(true);
    expect(files).toContain("examples/acme.yaml");
    expect(files.filter((f) => /^(src|test|bench|scripts)\//.test(f) || f.endsWith(".ts"))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(project, "node_modules", "create-zero-trust", "package.json"), "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it("runs --help", () => {
    const { code, stdout } = cli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("npm create zero-trust@latest -- ");
  });

  it("runs the example flow end to end", () => {
    const assess = cli(["assess", "--example", "--json"]);
    expect(assess.code).toBe(0);
    expect(JSON.parse(assess.stdout).organization).toBe("Acme Corp");

    const created = cli(["acme-zero-trust", "--example", "--no-verify"]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const out = join(project, "acme-zero-trust");
    for (const f of ["README.md", "ROADMAP.md", "roadmap.json", "ASSESSMENT.md", "assessment/report.html", ".zero-trust/answers.yaml", ".zero-trust/manifest.json"])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(readdirSync(join(out, "policies", "scp")).length).toBeGreaterThan(0);

    // Re-running with nothing changed changes no file.
    const before = new Map(listFiles(out).map((f) => [f, readFileSync(join(out, f), "utf8")]));
    const again = cli(["update", "acme-zero-trust", "--check"]);
    expect(again.code).toBe(0);
    const rerun = cli(["update", "acme-zero-trust"]);
    expect(rerun.code).toBe(0);
    for (const [f, content] of before) expect(readFileSync(join(out, f), "utf8"), f).toBe(content);
  });
});

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, rel)).isDirectory() ? listFiles(dir, rel) : [rel];
  });
}
