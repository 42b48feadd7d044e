import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyPlan, finishInterrupted, generateInto, planUpdate } from "../../src/update/index.js";
import { buildJournal, writeJournal } from "../../src/update/journal.js";
import { renderFixture } from "../update/helpers.js";
import { hashTree } from "./helpers.js";

/** outer/ holds a victim folder with files of its own and the repository below it, so links can point up or aside. */
async function layout() {
  const outer = await mkdtemp(join(tmpdir(), "czt-links-"));
  const victim = join(outer, "victim");
  await mkdir(join(victim, "terraform"), { recursive: true });
  await writeFile(join(victim, "precious.txt"), "keep me\n");
  await writeFile(join(victim, "README.md"), "# The link target's own text\n");
  const dir = join(outer, "parent", "repo");
  await mkdir(dir, { recursive: true });
  await writeFile(join(outer, "parent", "sibling.txt"), "parent's file\n");
  return { outer, victim, dir };
}

const generate = async (dir: string, v: "v1" | "v2" = "v1", force = false) => {
  const r = await renderFixture(v);
  return generateInto({ dir, tree: r.tree, answers: r.answers, modules: r.modules, toolVersion: r.toolVersion, force });
};
const update = async (dir: string) => {
  const v2 = await renderFixture("v2");
  const plan = await planUpdate({ dir, newTree: v2.tree, answers: v2.answers, modules: v2.modules, toolVersion: v2.toolVersion });
  return applyPlan(dir, plan);
};

/** Runs a step that must be refused, naming the link, with nothing changed anywhere under outer/. */
async function refused(outer: string, link: string, step: () => Promise<unknown>) {
  const before = await hashTree(outer);
  await expect(step()).rejects.toThrow(`refusing to follow the symbolic link ${link}`);
  expect(await hashTree(outer)).toEqual(before);
}

describe("a symbolic link in a generated repository is never followed", () => {
  it(".zero-trust/base -> ../.. (committed relative link), then a plain update", async () => {
    const { outer, dir } = await layout();
    await generate(dir);
    await rm(join(dir, ".zero-trust/base"), { recursive: true });
    await symlink("../..", join(dir, ".zero-trust/base"));
    await refused(outer, join(dir, ".zero-trust/base"), () => update(dir));
  });

  it("create --force into a folder whose terraform/ links elsewhere", async () => {
    const { outer, victim, dir } = await layout();
    await symlink(join(victim, "terraform"), join(dir, "terraform"));
    await refused(outer, join(dir, "terraform"), () => generate(dir, "v1", true));
  });

  it("an update that creates a folder through a planted link", async () => {
    const { outer, victim, dir } = await layout();
    await generate(dir);
    await symlink(join(victim, "terraform"), join(dir, "terraform/modules/gamma"));
    await refused(outer, join(dir, "terraform/modules/gamma"), () => update(dir));
  });

  it("README.md a symlink: the target's text is neither read nor merged", async () => {
    const { outer, victim, dir } = await layout();
    await generate(dir);
    await rm(join(dir, "README.md"));
    await symlink(join(victim, "README.md"), join(dir, "README.md"));
    await refused(outer, join(dir, "README.md"), () => update(dir));
  });

  it("a journal entry through a linked folder", async () => {
    const { outer, victim, dir } = await layout();
    await generate(dir);
    const v2 = await renderFixture("v2");
    const plan = await planUpdate({ dir, newTree: v2.tree, answers: v2.answers, modules: v2.modules, toolVersion: v2.toolVersion });
    await writeJournal(dir, buildJournal(plan));
    await rm(join(dir, "docs"), { recursive: true });
    await symlink(victim, join(dir, "docs"));
    await refused(outer, join(dir, "docs"), () => finishInterrupted(dir));
    expect(await readFile(join(victim, "precious.txt"), "utf8")).toBe("keep me\n");
  });

  it("the repository folder itself may be a link (the person chose it)", async () => {
    const { outer, dir } = await layout();
    const alias = join(outer, "alias");
    await symlink(dir, alias);
    await generate(alias);
    await update(alias);
    expect(await readFile(join(dir, "terraform/modules/gamma/main.tf"), "utf8")).toContain("gamma");
  });
});
