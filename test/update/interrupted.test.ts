import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE, withRepositoryLock } from "../../src/fs/lock.js";
import { applyPlan, finishInterrupted, planUpdate } from "../../src/update/index.js";
import { listFiles } from "../../src/update/read-state.js";
import { fixtures, generateV1WithEdits, renderFixture, snapshotAll, tmp } from "./helpers.js";

const child = join(fixtures, "update-child.ts");
const root = fileURLToPath(new URL("../../", import.meta.url));
const runChild = (dir: string, killAfter?: number) =>
  spawnSync(process.execPath, ["--import", "tsx", child, dir, ...(killAfter ? [String(killAfter)] : [])], { cwd: root, encoding: "utf8" });

/**
 * An update killed (SIGKILL, no clean-up) after k writes, for k across the whole run: generated
 * files, base copies and state files. A re-run must end byte for byte where an uninterrupted
 * update ends, with every user edit intact.
 */
describe("an update killed part-way", () => {
  let expected: Map<string, string>;
  let v1Base: Map<string, string>;
  let totalWrites: number;

  beforeAll(async () => {
    const dir = await tmp();
    await generateV1WithEdits(dir);
    v1Base = await snapshotAll(join(dir, ".zero-trust/base"));
    const r = runChild(dir);
    expect(r.status, r.stderr).toBe(0);
    expected = await snapshotAll(dir);
    // Count the writes of that run: one per file op, base copy and state file.
    const again = await tmp();
    await generateV1WithEdits(again);
    const v2 = await renderFixture("v2");
    const plan = await planUpdate({ dir: again, newTree: v2.tree, answers: v2.answers, modules: v2.modules, toolVersion: v2.toolVersion });
    let writes = 0;
    await applyPlan(again, plan, { afterWrite: (n) => void (writes = n) });
    totalWrites = writes;
    expect(await snapshotAll(again)).toEqual(expected);
  });

  it("the uninterrupted run writes files, base copies and state (so the kill points below cover all three)", () => {
    expect(totalWrites).toBeGreaterThan(20);
    expect(expected.has(".zero-trust/update-journal.json")).toBe(false);
  });

  for (const point of ["first", "middle of the files", "last file", "middle of the base", "before the manifest"] as const) {
    it(`recovers when killed at: ${point}`, async () => {
      const dir = await tmp();
      await generateV1WithEdits(dir);
      const v2 = await renderFixture("v2");
      const plan = await planUpdate({ dir, newTree: v2.tree, answers: v2.answers, modules: v2.modules, toolVersion: v2.toolVersion });
      const fileOps = plan.actions.filter((a) => a.write || a.sidecar || a.kind === "delete").length;
      const k = { first: 1, "middle of the files": Math.floor(fileOps / 2), "last file": fileOps, "middle of the base": fileOps + 3, "before the manifest": totalWrites - 1 }[point];

      const r = runChild(dir, k);
      expect(r.signal).toBe("SIGKILL");
      expect(existsSync(join(dir, ".zero-trust/update-journal.json"))).toBe(true);
      if (k <= fileOps) expect(await snapshotAll(join(dir, ".zero-trust/base"))).toEqual(v1Base); // base untouched until every file is done

      // The re-run takes over the killed run's lock, finishes from the journal, then finds nothing left to do.
      expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
      const recovery = await withRepositoryLock(dir, "update", () => finishInterrupted(dir));
      expect(recovery).toMatchObject({ diverged: [] });
      const after = await planUpdate({ dir, newTree: v2.tree, answers: v2.answers, modules: v2.modules, toolVersion: v2.toolVersion });
      expect(after.actions.filter((a) => a.write || a.kind === "delete")).toEqual([]);
      expect(await snapshotAll(dir)).toEqual(expected);
      expect(await readFile(join(dir, "docs/notes.md"), "utf8")).toContain("edited by the user");
      expect(await readFile(join(dir, "docs/removed-edited.md"), "utf8")).toContain("My own notes.");
      expect((await listFiles(dir)).filter((p) => p.endsWith(".tmp"))).toEqual([]);
    });
  }

  it("a file changed between the kill and the re-run is not overwritten: the new version goes beside it", async () => {
    const dir = await tmp();
    await generateV1WithEdits(dir);
    expect(runChild(dir, 1).signal).toBe("SIGKILL");
    // A file the killed run had not reached yet, which it was going to change.
    const journal = JSON.parse(await readFile(join(dir, ".zero-trust/update-journal.json"), "utf8")) as { ops: { path: string; before: string | null; after: string | null }[] };
    const pending = journal.ops.slice(1).find((o) => o.before && o.after)!.path;
    await writeFile(join(dir, pending), "changed by hand after the crash\n");
    const recovery = await finishInterrupted(dir);
    expect(recovery?.diverged).toEqual([pending]);
    expect(await readFile(join(dir, pending), "utf8")).toBe("changed by hand after the crash\n");
    expect(existsSync(join(dir, `${pending}.new`))).toBe(true);
  });
});
