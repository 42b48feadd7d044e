import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const bin = fileURLToPath(new URL("../../bin/create-zero-trust.js", import.meta.url));
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
const tmp = () => mkdtemp(join(tmpdir(), "czt-cli-"));

describe("help and version", () => {
  it("--help lists every command, the flags and the npm create separator", async () => {
    const { code, stdout } = await runCli(["--help"], { cwd: await tmp() });
    expect(code).toBe(0);
    for (const command of ["assess", "verify", "update", "report", "customers", "questions"]) expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, "m"));
    for (const flag of ["--help", "--version", "--json"]) expect(stdout).toContain(flag);
    expect(stdout).toContain("create-zero-trust COMMAND --help");
    expect(stdout).toContain("npm create zero-trust@latest -- ");
    expect(stdout).not.toContain("--templates");
  });

  it("each command's help lists its own flags and no other command's", async () => {
    const cwd = await tmp();
    const update = await runCli(["update", "--help"], { cwd });
    expect(update.code).toBe(0);
    expect(update.stdout).toContain("create-zero-trust update [dir] [flags]");
    for (const flag of ["--check", "--dry-run", "--reanswer", "--answers FILE", "--json"]) expect(update.stdout).toContain(flag);
    expect(update.stdout).not.toContain("--role-name");
    const verify = await runCli(["verify", "--help"], { cwd });
    for (const flag of ["--role-name", "--shard", "--baseline FILE"]) expect(verify.stdout).toContain(flag);
    expect(verify.stdout).not.toContain("--pillar");
    const assess = await runCli(["assess", "--help"], { cwd });
    for (const flag of ["--customer NAME", "--pillar ID", "--set KEY=VALUE"]) expect(assess.stdout).toContain(flag);
  });

  it("every help screen fits 80 columns", async () => {
    const cwd = await tmp();
    for (const argv of [["--help"], ...["create", "assess", "verify", "update", "report", "customers", "questions"].map((c) => [c, "--help"])]) {
      const { stdout } = await runCli(argv, { cwd });
      expect(stdout.split("\n").filter((l) => l.length > 80), argv.join(" ")).toEqual([]);
    }
  });

  it("--version prints the package version", async () => {
    expect(await runCli(["--version"], { cwd: await tmp() })).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("a mistyped command is an error with a suggestion, not a new folder", async () => {
    const cwd = await tmp();
    const { code, stderr } = await runCli(["asess"], { cwd });
    expect(code).toBe(1);
    expect(stderr).toContain('unknown command "asess"; did you mean assess?');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("a flag of another command is an error naming the commands that take it", async () => {
    const cwd = await tmp();
    const check = await runCli(["assess", "--check"], { cwd });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("assess does not take --check (it is a flag of update)");
    const pillar = await runCli(["verify", "--pillar", "network"], { cwd });
    expect(pillar.code).toBe(1);
    expect(pillar.stderr).toContain("verify does not take --pillar (it is a flag of assess, create)");
  });

  it("a mistyped flag suggests the flag meant", async () => {
    const { code, stderr } = await runCli(["update", "--chek"], { cwd: await tmp() });
    expect(code).toBe(1);
    expect(stderr).toContain("did you mean --check?");
  });

  it("rejects an unknown flag with a pointer to --help", async () => {
    const { code, stderr } = await runCli(["assess", "--frobnicate"], { cwd: await tmp() });
    expect(code).toBe(1);
    expect(stderr).toContain("--frobnicate");
    expect(stderr).toContain("--help");
  });
});

describe("without a terminal nothing waits for input", () => {
  it("the packed entry point with stdin from /dev/null exits 1 at once listing every missing id", async () => {
    const cwd = await tmp();
    // stdio "ignore" attaches /dev/null: not a TTY, and CI is unset, so only the missing TTY stops prompting.
    const child = spawn(process.execPath, [bin, "assess"], { cwd, env: { ...process.env, CI: "", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    const result = { code, stderr };
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/answers are missing/);
    expect(result.stderr).toContain("organization.name: any text");
    expect(result.stderr).toMatch(/organization\.iac: terraform \| cloudformation/);
    expect(result.stderr).toMatch(/identity\.federation: .*federated/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("assess --pillar lists only the profile and that pillar's missing questions, and writes nothing", async () => {
    const cwd = await tmp();
    const { code, stderr } = await runCli(["assess", "--pillar", "network"], { cwd });
    expect(code).toBe(1);
    expect(stderr).toContain("organization.name: any text");
    expect(stderr).toMatch(/network\.segmentation: /);
    expect(stderr).not.toMatch(/identity\./);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("assess --pillar with that pillar answered saves and names the command that continues", async () => {
    const cwd = await tmp();
    const example = readFileSync(new URL("../../examples/acme.yaml", import.meta.url), "utf8");
    // Keep the profile and the network pillar only.
    const partial = example.replace(/^( {2})(identity|devices|workloads|data|monitoring|automation)\.[^\n]*\n/gm, "");
    await writeFile(join(cwd, "partial.yaml"), partial);
    const { code, stderr } = await runCli(["assess", "--pillar", "network", "--answers", "partial.yaml"], { cwd });
    expect(stderr).toContain("Pillar network saved. Other pillars still have unanswered questions; continue with: create-zero-trust assess --answers partial.yaml --pillar ID");
    expect(code).toBe(0);
  });

  it("--yes takes the documented defaults", async () => {
    const cwd = await tmp();
    const { code, stdout } = await runCli(["assess", "--yes", "--json"], { cwd });
    expect(code).toBe(0);
    const assessment = JSON.parse(stdout) as { organization: string; pillars: unknown[] };
    expect(assessment.organization).toBe("My organization");
    expect(assessment.pillars).toHaveLength(7);
  });
});

describe("bad input: exit 1, one clear message, nothing written", () => {
  const cases: [string, string, RegExp[]][] = [
    ["malformed YAML", "schemaVersion: 1\norganization: [unclosed\n", [/answers\.yaml:\d+:\d+/, /not valid YAML/]],
    ["unknown key", "schemaVersion: 1\norganisation:\n  name: X\n", [/answers\.yaml:2:1: \(top level\): unknown key "organisation"/]],
    ["unknown question id", "schemaVersion: 1\nanswers:\n  identity.nope: x\n", [/answers\.yaml:3:\d+: answers\.identity\.nope: unknown question id "identity\.nope"/, /questions of that pillar: identity\.federation/]],
    ["invalid option value", "schemaVersion: 1\nanswers:\n  identity.federation: maybe\n", [/answers\.identity\.federation: invalid value "maybe"; expected one of .*federated/]],
    ["invalid profile value", "schemaVersion: 1\norganization:\n  iac: pulumi\n", [/answers\.yaml:3:\d+: organization\.iac: expected one of terraform, cloudformation/]],
    ["a newer schema version", "schemaVersion: 7\n", [/answers\.yaml: schemaVersion 7 was written by a newer create-zero-trust/]], ["no schema version", "organization:\n  name: X\n", [/answers\.yaml:1:1: schemaVersion: missing; expected 1/]],
  ];
  it.each(cases)("%s", async (_name, text, patterns) => {
    const cwd = await tmp();
    await writeFile(join(cwd, "answers.yaml"), text);
    const { code, stderr, stdout } = await runCli(["assess", "--answers", "answers.yaml", "--yes"], { cwd });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    for (const p of patterns) expect(stderr).toMatch(p);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(cwd)).toEqual(["answers.yaml"]);
  });

  it("a non-existent answers file", async () => {
    const cwd = await tmp();
    const { code, stderr } = await runCli(["assess", "--answers", "missing.yaml"], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/answers file .*missing\.yaml does not exist/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("an invalid --set names the key and the allowed values", async () => {
    const cwd = await tmp();
    const { code, stderr } = await runCli(["assess", "--example", "--set", "organization.ci=jenkins", "--json"], { cwd });
    expect(code).toBe(1);
    expect(stderr).toMatch(/--set organization\.ci: .*github-actions.*codepipeline/);
  });
});

describe("the built-in example", () => {
  it("assess --example --json prints every pillar with stage, level and capabilities", async () => {
    const { code, stdout } = await runCli(["assess", "--example", "--json"], { cwd: await tmp() });
    expect(code).toBe(0);
    const a = JSON.parse(stdout);
    expect(a.organization).toBe("Acme Corp");
    expect(a.pillars.map((p: { id: string }) => p.id)).toEqual(["identity", "devices", "network", "workloads", "data", "monitoring", "automation"]);
    for (const p of a.pillars) {
      expect(["traditional", "initial", "advanced", "optimal"]).toContain(p.stage);
      expect(p.level).toBeGreaterThanOrEqual(0);
      expect(p.capabilities.length).toBeGreaterThan(2);
      for (const c of p.capabilities) if (c.stage) expect(c.questions.length).toBeGreaterThan(0);
    }
    expect(a.overall.counts.confirmed).toBe(0);
  });

  it("--set overrides one answer", async () => {
    const cwd = await tmp();
    const base = JSON.parse((await runCli(["assess", "--example", "--json"], { cwd })).stdout);
    const changed = JSON.parse((await runCli(["assess", "--example", "--json", "--set", "identity.federation=iam-users"], { cwd })).stdout);
    const stage = (a: { pillars: { id: string; capabilities: { questions: { id: string; answer: string }[] }[] }[] }) =>
      a.pillars[0]!.capabilities.flatMap((c) => c.questions).find((q) => q.id === "identity.federation")?.answer;
    expect(stage(base)).not.toBe("iam-users");
    expect(stage(changed)).toBe("iam-users");
  });
});
