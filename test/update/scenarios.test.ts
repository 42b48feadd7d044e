import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyPlan, generateInto, planHasChanges, planUpdate, type UpdatePlan } from "../../src/update/index.js";
import { listFiles } from "../../src/update/read-state.js";
import { generateV1WithEdits, renderFixture, snapshot, snapshotAll, text, tmp } from "./helpers.js";

const read = (dir: string, p: string) => readFile(join(dir, p), "utf8");
const kinds = (plan: UpdatePlan) => Object.fromEntries(plan.actions.filter((a) => a.kind !== "unchanged").map((a) => [a.path, a.kind]));

/**
 * Copier-style matrix: generate with template set v1, apply scripted user edits, update with v2,
 * compare every file with what it must be.
 */
describe("update from template set v1 to v2 with user edits", () => {
  let dir: string;
  let v2: Awaited<ReturnType<typeof renderFixture>>;
  let plan: UpdatePlan;

  beforeAll(async () => {
    dir = await tmp();
    v2 = await renderFixture("v2");
    await generateV1WithEdits(dir);

    plan = await planUpdate({ dir, newTree: v2.tree, answers: v2.answers, modules: v2.modules, toolVersion: v2.toolVersion });
    await applyPlan(dir, plan);
  });

  it("decides each file as the rules say", () => {
    expect(kinds(plan)).toEqual({
      "README.md": "update",
      "ROADMAP.md": "update",
      "roadmap.json": "update",
      "config/settings.yaml": "update",
      "docs/notes.md": "merged",
      "docs/overlap.md": "conflict",
      "docs/deleted.md": "deleted-by-user",
      "docs/removed-untouched.md": "delete",
      "docs/removed-edited.md": "keep",
      "docs/crlf.md": "merged",
      "docs/new.md": "conflict",
      "terraform/modules/beta/main.tf": "delete",
      "terraform/modules/bravo/main.tf": "create",
      "terraform/modules/gamma/main.tf": "create",
    });
  });

  it("leaves exactly the expected tree on disk", async () => {
    const expected = new Map<string, string>();
    for (const p of ["README.md", "ROADMAP.md", "roadmap.json", "config/settings.yaml", "terraform/modules/alpha/main.tf", "terraform/modules/bravo/main.tf", "terraform/modules/gamma/main.tf"])
      expected.set(p, text(v2.tree, p));
    expected.set("docs/notes.md", text(v2.tree, "docs/notes.md").replace("Line two of section two.", "Line two of section two, edited by the user."));
    expected.set(
      "docs/overlap.md",
      "# Overlap\n\n<<<<<<< yours\nThe retention period is 30 days.\n||||||| base\nThe retention period is 90 days.\n=======\nThe retention period is 365 days.\n>>>>>>> new\n",
    );
    expected.set("docs/removed-edited.md", "# Removed in version two\n\nThis file is not generated any more in v2.\n\nMy own notes.\n");
    expected.set("docs/crlf.md", `${text(v2.tree, "docs/crlf.md")}\nUser paragraph.\n`.replace(/\n/g, "\r\n"));
    expected.set(
      "docs/new.md",
      "<<<<<<< yours\n# My new file\n||||||| base\n=======\n# New in version two\n>>>>>>> new\n\nShared first line.\n<<<<<<< yours\nUser text.\n||||||| base\n=======\nTemplate text.\n>>>>>>> new\n",
    );
    expect(Object.fromEntries(await snapshot(dir))).toEqual(Object.fromEntries(expected));
    expect(existsSync(join(dir, "terraform/modules/beta"))).toBe(false); // the renamed module's folder is gone
  });

  it("stores the new render as the base and records every generated path in the manifest", async () => {
    const base = await listFiles(join(dir, ".zero-trust/base"));
    expect(base).toEqual([...v2.tree.keys()].sort());
    for (const p of base) expect(await read(dir, `.zero-trust/base/${p}`)).toBe(text(v2.tree, p));
    const manifest = JSON.parse(await read(dir, ".zero-trust/manifest.json"));
    expect(Object.keys(manifest.files).sort()).toEqual([...v2.tree.keys()].sort());
    expect(manifest.files["docs/deleted.md"].sha256).toBeNull();
    expect(manifest).toMatchObject({ schemaVersion: 1, tool: { version: "0.0.0-v2" }, modules: ["alpha", "bravo", "gamma"], conflicts: ["docs/new.md", "docs/overlap.md"] });
    expect(await read(dir, ".zero-trust/answers.yaml")).toBe(v2.answers);
    expect(existsSync(join(dir, ".zero-trust/update-journal.json"))).toBe(false);
  });

  it("a second update changes nothing and reports the conflicts still unresolved", async () => {
    const before = await snapshotAll(dir);
    const again = await planUpdate({ dir, newTree: v2.tree, answers: v2.answers, modules: v2.modules, toolVersion: v2.toolVersion });
    expect(planHasChanges(again)).toBe(false);
    expect(again.unresolved).toEqual(["docs/new.md", "docs/overlap.md"]);
    const result = await applyPlan(dir, again);
    expect(result.conflicts).toEqual(["docs/new.md", "docs/overlap.md"]);
    expect(await snapshotAll(dir)).toEqual(before);
  });

  it("after the user resolves the conflicts, the next update merges cleanly against the new base", async () => {
    await writeFile(join(dir, "docs/overlap.md"), "# Overlap\n\nThe retention period is 30 days.\n");
    await writeFile(join(dir, "docs/new.md"), "# New in version two\n\nShared first line.\nUser text.\n");
    const again = await planUpdate({ dir, newTree: v2.tree, answers: v2.answers, modules: v2.modules, toolVersion: v2.toolVersion });
    expect(again.unresolved).toEqual([]);
    // Every edited file is kept as it is: the template did not change since the last update.
    expect(kinds(again)).toEqual({ "docs/overlap.md": "keep", "docs/new.md": "keep", "docs/notes.md": "keep", "docs/crlf.md": "keep", "docs/deleted.md": "deleted-by-user" });
    await applyPlan(dir, again);
    expect(JSON.parse(await read(dir, ".zero-trust/manifest.json")).conflicts).toEqual([]);
  });
});

describe("binary files", () => {
  it("are updated when untouched, and never merged: both changed keeps yours and writes <path>.new", async () => {
    const dir = await tmp();
    const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, n]);
    const tree = (n: number) => new Map<string, string | Uint8Array>([["img/logo.png", png(n)], ["img/icon.png", png(n + 100)]]);
    await generateInto({ dir, tree: tree(1), answers: "schemaVersion: 1\n", toolVersion: "1" });
    await writeFile(join(dir, "img/logo.png"), png(42));
    const plan = await planUpdate({ dir, newTree: tree(2), answers: "schemaVersion: 1\n", toolVersion: "1" });
    expect(kinds(plan)).toEqual({ "img/logo.png": "conflict", "img/icon.png": "update" });
    const result = await applyPlan(dir, plan);
    expect(result.conflicts).toEqual(["img/logo.png"]);
    expect(await readFile(join(dir, "img/logo.png"))).toEqual(Buffer.from(png(42)));
    expect(await readFile(join(dir, "img/logo.png.new"))).toEqual(Buffer.from(png(2)));
    expect(await readFile(join(dir, "img/icon.png"))).toEqual(Buffer.from(png(102)));
    // Until the .new file is dealt with, the conflict stays listed.
    expect((await planUpdate({ dir, newTree: tree(2), answers: "schemaVersion: 1\n", toolVersion: "1" })).unresolved).toEqual(["img/logo.png"]);
    await rm(join(dir, "img/logo.png.new"));
    expect((await planUpdate({ dir, newTree: tree(2), answers: "schemaVersion: 1\n", toolVersion: "1" })).unresolved).toEqual([]);
  });
});

describe("first generation (generateInto)", () => {
  it("refuses a non-empty folder that is not a previous output unless forced, and then merges instead of overwriting", async () => {
    const dir = await tmp();
    await writeFile(join(dir, "README.md"), "# Mine\n");
    const v1 = await renderFixture("v1");
    const opts = { dir, tree: v1.tree, answers: v1.answers, toolVersion: v1.toolVersion };
    await expect(generateInto(opts)).rejects.toThrow(/not empty and is not a create-zero-trust repository.*--force/s);
    expect(await snapshot(dir)).toEqual(new Map([["README.md", "# Mine\n"]]));
    const result = await generateInto({ ...opts, force: true });
    expect(result.conflicts).toEqual(["README.md"]);
    expect(await read(dir, "README.md")).toContain("<<<<<<< yours\n# Mine\n");
  });

  it("treats a folder holding only .git as empty, writes every file, and a dry run writes nothing", async () => {
    const dir = await tmp();
    await mkdir(join(dir, ".git"));
    const v1 = await renderFixture("v1");
    const dry = await generateInto({ dir, tree: v1.tree, answers: v1.answers, toolVersion: v1.toolVersion, dryRun: true });
    expect(dry.files.every((f) => f.kind === "create")).toBe(true);
    expect(dry.report).toContain("+++ b/README.md");
    expect(await listFiles(dir)).toEqual([]);
    const result = await generateInto({ dir, tree: v1.tree, answers: v1.answers, toolVersion: v1.toolVersion });
    expect(result).toMatchObject({ fresh: true, conflicts: [], warnings: [] });
    const onDisk = await snapshot(dir);
    expect([...onDisk.keys()].sort()).toEqual([...v1.tree.keys()].sort());
    for (const [p, c] of onDisk) expect(c).toBe(text(v1.tree, p));
  });
});

