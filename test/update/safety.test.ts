import { execFileSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyPlan, generateInto, planUpdate, uncommittedFiles } from "../../src/update/index.js";
import { renderFixture, snapshot, snapshotAll, tmp } from "./helpers.js";

const git = (dir: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main", ...args], { cwd: dir, encoding: "utf8" });

async function generated(v: "v1" | "v2" = "v1") {
  const dir = await tmp();
  const r = await renderFixture(v);
  await generateInto({ dir, tree: r.tree, answers: r.answers, modules: r.modules, toolVersion: r.toolVersion });
  return dir;
}
const planV2 = async (dir: string) => {
  const v2 = await renderFixture("v2");
  return planUpdate({ dir, newTree: v2.tree, answers: v2.answers, modules: v2.modules, toolVersion: v2.toolVersion });
};

describe("git safety", () => {
  it("refuses to touch files with uncommitted changes unless forced, and lists them", async () => {
    const dir = await generated();
    git(dir, "init", "-q");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "v1");
    await writeFile(join(dir, "README.md"), "# Edited, not committed\n");
    await writeFile(join(dir, "untouched-by-update.txt"), "mine\n");
    expect(await uncommittedFiles(dir)).toEqual(new Set(["README.md", "untouched-by-update.txt"]));
    const before = await snapshotAll(dir);
    const plan = await planV2(dir);
    await expect(applyPlan(dir, plan)).rejects.toThrow(/uncommitted changes[\s\S]*- README\.md/);
    expect(await snapshotAll(dir)).toEqual(before);
    const result = await applyPlan(dir, plan, { force: true });
    expect(result.conflicts).toEqual(["README.md"]);
    // Conflicted files are ordinary modified files, so `git status` lists them.
    expect(git(dir, "status", "--porcelain")).toContain(" M README.md");
  });

  it("works in a subfolder of a repository (paths relative to the generated folder)", async () => {
    const outer = await tmp();
    git(outer, "init", "-q");
    const dir = join(outer, "infra", "zt");
    const r = await renderFixture("v1");
    await generateInto({ dir, tree: r.tree, answers: r.answers, toolVersion: r.toolVersion });
    git(outer, "add", "-A");
    git(outer, "commit", "-qm", "v1");
    await writeFile(join(dir, "config/settings.yaml"), "organization: changed\n");
    expect(await uncommittedFiles(dir)).toEqual(new Set(["config/settings.yaml"]));
    await expect(applyPlan(dir, await planV2(dir))).rejects.toThrow(/config\/settings\.yaml/);
  });

  it("without git, nothing is refused", async () => {
    const dir = await generated();
    expect(await uncommittedFiles(dir)).toBeUndefined();
  });
});

describe("a damaged .zero-trust/", () => {
  it("missing manifest: warns, treats existing files as yours (merged against an empty base), overwrites nothing", async () => {
    const dir = await generated();
    await writeFile(join(dir, "config/settings.yaml"), "organization: mine\n");
    await rm(join(dir, ".zero-trust/manifest.json"));
    const plan = await planV2(dir);
    expect(plan.warnings).toEqual([expect.stringMatching(/manifest\.json: it is missing; every existing file is treated as yours/)]);
    const settings = plan.actions.find((a) => a.path === "config/settings.yaml")!;
    expect(settings).toMatchObject({ kind: "conflict", note: expect.stringContaining("empty base") });
    // Files no longer generated are unknown without the manifest: left alone.
    expect(plan.actions.find((a) => a.path === "docs/removed-untouched.md")).toBeUndefined();
    await applyPlan(dir, plan);
    expect(await readFile(join(dir, "config/settings.yaml"), "utf8")).toContain("<<<<<<< yours\norganization: mine\n");
    expect(await readFile(join(dir, "docs/removed-untouched.md"), "utf8")).toContain("Removed in version two");
    // The state is whole again: the next plan has no warning.
    expect((await planV2(dir)).warnings).toEqual([]);
  });

  it("corrupt manifest JSON is named in the warning", async () => {
    const dir = await generated();
    await writeFile(join(dir, ".zero-trust/manifest.json"), "{ not json");
    expect((await planV2(dir)).warnings[0]).toMatch(/manifest\.json: it is not valid JSON/);
  });

  it("a missing or altered base copy: recovered when the file is untouched, else merged against an empty base with a warning", async () => {
    const dir = await generated();
    await rm(join(dir, ".zero-trust/base/README.md"));
    await writeFile(join(dir, ".zero-trust/base/docs/notes.md"), "tampered\n");
    await writeFile(join(dir, "docs/notes.md"), "# Notes\n\nAll mine now.\n");
    const plan = await planV2(dir);
    // README.md on disk still hashes to the manifest's base: it is the base, so it is simply updated.
    expect(plan.actions.find((a) => a.path === "README.md")).toMatchObject({ kind: "update" });
    expect(plan.warnings).toEqual([expect.stringMatching(/^docs\/notes\.md: its base copy \.zero-trust\/base\/docs\/notes\.md is damaged/)]);
    expect(plan.actions.find((a) => a.path === "docs/notes.md")).toMatchObject({ kind: "conflict" });
  });

  it("an unreadable journal is removed with a warning and the update plans afresh", async () => {
    const dir = await generated();
    await writeFile(join(dir, ".zero-trust/update-journal.json"), "garbage");
    const v2 = await renderFixture("v2");
    const result = await generateInto({ dir, tree: v2.tree, answers: v2.answers, toolVersion: v2.toolVersion });
    expect(result.warnings[0]).toMatch(/update-journal\.json is not valid JSON.*removed/);
    expect((await snapshot(dir)).get("README.md")).toContain("fixture v2");
  });
});

describe("idempotence", () => {
  it("generating the same tree twice writes nothing the second time (byte-identical, state included)", async () => {
    const dir = await generated();
    const before = await snapshotAll(dir);
    const r = await renderFixture("v1");
    const plan = await planUpdate({ dir, newTree: r.tree, answers: r.answers, modules: r.modules, toolVersion: r.toolVersion });
    expect(plan.actions.every((a) => a.kind === "unchanged")).toBe(true);
    expect(plan.state).toEqual({ baseWrite: new Map(), baseRemove: [] });
    await applyPlan(dir, plan);
    expect(await snapshotAll(dir)).toEqual(before);
  });
});
