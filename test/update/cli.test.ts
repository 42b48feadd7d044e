import { execFileSync } from "node:child_process";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { KEY, Terminal } from "../helpers/terminal.js";
import { snapshotAll, templatesDir, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../examples/acme.yaml", import.meta.url));
const env = { SOURCE_DATE_EPOCH: "1767225600" };
const v = (which: "v1" | "v2") => ["--templates", templatesDir(which)];

/** `create-zero-trust out` then `update out` through the CLI, with the fixture template sets. */
describe("create-zero-trust update", () => {
  let cwd: string;
  let out: string;
  const update = (...args: string[]) => runCli(["update", "out", ...args], { cwd, env });

  beforeEach(async () => {
    cwd = await tmp();
    out = join(cwd, "out");
    await copyFile(example, join(cwd, "answers.yaml"));
    const created = await runCli(["out", "--answers", "answers.yaml", "--no-verify", ...v("v1")], { cwd, env });
    expect(created.code, created.stderr).toBe(0);
  });

  it("with nothing changed writes nothing and exits 0", async () => {
    const before = await snapshotAll(out);
    const r = await update(...v("v1"));
    expect(r).toMatchObject({ code: 0, stdout: "out is up to date; nothing was written.\n" });
    expect(await snapshotAll(out)).toEqual(before);
    expect(await update("--check", ...v("v1"))).toMatchObject({ code: 0, stdout: "out is up to date.\n" });
  });

  it("--check stays at 0 after the user edits a generated file: their edits are not pending work", async () => {
    await writeFile(join(out, "docs/overlap.md"), "# Overlap\n\nThe retention period is 30 days.\n");
    expect(await update("--check", ...v("v1"))).toMatchObject({ code: 0, stdout: "out is up to date.\n" });
    // A real update still records the edit in the manifest, and then nothing is left to do.
    expect((await update(...v("v1"))).code).toBe(0);
    expect(await update("--check", ...v("v1"))).toMatchObject({ code: 0, stdout: "out is up to date.\n" });
  });

  it("--check exits 2 when changes are pending and 3 when they would conflict, writing nothing", async () => {
    const before = await snapshotAll(out);
    const pending = await update("--check", ...v("v2"));
    expect(pending.code).toBe(2);
    expect(pending.stdout).toMatch(/update\s+README\.md/);
    await writeFile(join(out, "docs/overlap.md"), "# Overlap\n\nThe retention period is 30 days.\n");
    const edited = await snapshotAll(out);
    expect((await update("--check", ...v("v2"))).code).toBe(3);
    expect(await snapshotAll(out)).toEqual(edited);
    expect(edited.size).toBe(before.size);
  });

  it("--dry-run prints the plan with unified diffs, writes nothing and exits 0", async () => {
    await writeFile(join(out, "docs/overlap.md"), "# Overlap\n\nThe retention period is 30 days.\n");
    const before = await snapshotAll(out);
    const r = await update("--dry-run", ...v("v2"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("dry run: nothing is written");
    expect(r.stdout).toMatch(/conflict\s+docs\/overlap\.md \(1 conflict\)/);
    expect(r.stdout).toContain("-retention_days: 90\n    +retention_days: 365");
    expect(r.stdout).toMatch(/create\s+terraform\/modules\/gamma\/main\.tf/);
    expect(r.stdout).toContain("+++ b/terraform/modules/gamma/main.tf");
    expect(await snapshotAll(out)).toEqual(before);
  });

  it("applies the update, lists the conflicts with what to do, and exits 3", async () => {
    await writeFile(join(out, "docs/overlap.md"), "# Overlap\n\nThe retention period is 30 days.\n");
    const r = await update(...v("v2"));
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/Conflicts left in 1 file:\n {2}docs\/overlap\.md\nResolve each block between "<<<<<<< yours" and ">>>>>>> new"/);
    expect(await readFile(join(out, "docs/overlap.md"), "utf8")).toContain("<<<<<<< yours\nThe retention period is 30 days.\n||||||| base\n");
    expect(await readFile(join(out, "config/settings.yaml"), "utf8")).toContain("retention_days: 365");
    // Running again changes nothing and still reports the unresolved conflict.
    const before = await snapshotAll(out);
    expect((await update(...v("v2"))).code).toBe(3);
    expect(await snapshotAll(out)).toEqual(before);
    const check = await update("--check", ...v("v2"));
    expect(check.code).toBe(3);
    expect(check.stdout).toMatch(/unresolved\s+docs\/overlap\.md/);
    expect(check.stdout).not.toContain("up to date");
  });

  it("--set changes one answer, regenerates, and stores the answer", async () => {
    const r = await update("--set", "organization.name=Globex & Partners", ...v("v1"));
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(join(out, "README.md"), "utf8")).toContain("Globex \\& Partners");
    expect(await readFile(join(out, ".zero-trust/answers.yaml"), "utf8")).toContain("name: Globex & Partners");
    expect((await update(...v("v1"))).stdout).toBe("out is up to date; nothing was written.\n");
  });

  it("refuses uncommitted git changes the update would touch unless --force", async () => {
    const git = (...a: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...a], { cwd: out });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "generated");
    await writeFile(join(out, "README.md"), "# Mine, uncommitted\n");
    const refused = await update(...v("v2"));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/uncommitted changes.*--force\n {2}- README\.md/s);
    const forced = await update("--force", ...v("v2"));
    expect(forced.code).toBe(3);
    expect(forced.stdout).toContain("then `git add` each file");
  });

  it("explains what is wrong: not a generated folder, missing answers, --reanswer without a terminal", async () => {
    const empty = await runCli(["update"], { cwd, env });
    expect(empty).toMatchObject({ code: 1 });
    expect(empty.stderr).toMatch(/\. is not a create-zero-trust repository \(it has no \.zero-trust\/ folder\)/);
    expect((await update("--reanswer", ...v("v1"))).stderr).toMatch(/--reanswer opens the questionnaire and needs a terminal.*--set/);
    await rm(join(out, ".zero-trust/answers.yaml"));
    expect((await update(...v("v1"))).stderr).toMatch(/out\/\.zero-trust\/answers\.yaml is missing.*--answers FILE/);
    expect((await update("--answers", "answers.yaml", ...v("v1"))).code).toBe(0);
  });

  it("a damaged manifest is reported on stderr and nothing is overwritten", async () => {
    await writeFile(join(out, ".zero-trust/manifest.json"), "{");
    await writeFile(join(out, "config/settings.yaml"), "organization: mine\n");
    const r = await update(...v("v2"));
    expect(r.stderr).toMatch(/warning .*manifest\.json: it is not valid JSON.*merged against an empty base/);
    expect(await readFile(join(out, "config/settings.yaml"), "utf8")).toContain("<<<<<<< yours\norganization: mine\n");
  });

  it("--reanswer opens the review of the stored answers in a terminal, then regenerates with the change", async () => {
    const term = new Terminal();
    const done = term.run(["update", "out", "--reanswer", ...v("v1")], cwd, env);
    await term.waitFor(/Save these answers, or change one\?/);
    // The review lists "Save" then the six profile fields; "iac" is the fifth.
    term.press(KEY.down.repeat(5) + KEY.enter);
    await term.waitFor(/Infrastructure as code/);
    term.press(KEY.down + KEY.enter); // terraform -> cloudformation
    await term.waitFor(/Save these answers, or change one\?/);
    term.press(KEY.enter);
    expect(await done, term.err).toBe(0);
    expect(await readFile(join(out, ".zero-trust/answers.yaml"), "utf8")).toContain("iac: cloudformation");
    expect(term.out).toContain("Updated out:");
  });

  it("--evidence is scored and stored in .zero-trust/evidence.json, which later updates use", async () => {
    const evidence = {
      schemaVersion: 1,
      tool: { name: "create-zero-trust", version: "0.1.0" },
      generatedAt: "2026-01-01T00:00:00.000Z",
      caller: { accountId: "123456789012", arn: "arn:aws:iam::123456789012:role/Audit" },
      organization: null,
      regions: ["eu-west-1"],
      accounts: [{ id: "123456789012", name: "main", status: "scanned" }],
      findings: [],
    };
    await writeFile(join(cwd, "evidence.json"), JSON.stringify(evidence));
    const r = await update("--evidence", "evidence.json", ...v("v1"));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(out, ".zero-trust/evidence.json"), "utf8"))).toEqual(evidence);
    const before = await snapshotAll(out);
    expect((await update(...v("v1"))).stdout).toBe("out is up to date; nothing was written.\n");
    expect(await snapshotAll(out)).toEqual(before);
  });

  it("answers the stored file lacks (a newer questionnaire) are an error without a terminal, or defaults with --yes", async () => {
    const file = join(out, ".zero-trust/answers.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^ {2}identity\.access-reviews: .*\n/m, ""));
    const r = await update(...v("v1"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 answer is missing .*--yes[\s\S]*identity\.access-reviews: /);
    expect((await update("--yes", ...v("v1"))).code).toBe(0);
    expect(await readFile(file, "utf8")).toMatch(/^ {2}identity\.access-reviews: /m);
  });
});
