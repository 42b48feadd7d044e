import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { hashTree } from "./helpers.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/acme.yaml", import.meta.url));
const tmp = () => mkdtemp(join(tmpdir(), "czt-os-"));

/** One line on stderr, no stack trace, exit 1. */
function oneLine(r: { code: number; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^error .+\n$/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toMatch(pattern);
}

/** A tmpfs of the given size (needs root and a sandbox that allows mounts); undefined when the machine does not allow it. */
const mounted: string[] = [];
async function tinyFilesystem(size: string, readOnly = false): Promise<string | undefined> {
  const dir = await tmp();
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}${readOnly ? ",ro" : ""}`, "tmpfs", dir], { stdio: "ignore" });
  } catch {
    return undefined;
  }
  mounted.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of mounted) execFileSync("umount", [dir]);
});
const canMount = await (async () => {
  const dir = await tinyFilesystem("16k");
  return dir !== undefined;
})();

describe("operating-system errors are one line with what failed, where, and what to do", () => {
  it("create into a target that is a file (ENOTDIR)", async () => {
    const cwd = await tmp();
    await writeFile(join(cwd, "target"), "a file\n");
    oneLine(await runCli(["target", "--example", "--yes", "--force"], { cwd }), /target.*(ENOTDIR|EEXIST)/);
    expect(await readFile(join(cwd, "target"), "utf8")).toBe("a file\n");
  });

  it("a name too long for the filesystem (ENAMETOOLONG)", async () => {
    const cwd = await tmp();
    const r = await runCli(["x".repeat(300), "--example", "--yes"], { cwd });
    oneLine(r, /too long for the filesystem; choose a shorter name \(ENAMETOOLONG\)/);
    expect(r.stderr.length).toBeLessThan(400);
  });

  it("report --output on a file (the folder cannot be made)", async () => {
    const cwd = await tmp();
    await writeFile(join(cwd, "out"), "mine\n");
    oneLine(await runCli(["report", "--answers", EXAMPLE, "--output", "out"], { cwd }), /out.*\((ENOTDIR|EEXIST)\)/);
    expect(await readFile(join(cwd, "out"), "utf8")).toBe("mine\n");
  });

  it.skipIf(!canMount)("a read-only filesystem (EROFS)", async () => {
    const ro = (await tinyFilesystem("1m", true))!;
    oneLine(await runCli([ro, "--example", "--yes"], { cwd: ro }), /read-only filesystem; choose a writable folder \(EROFS\)/);
  });

  it.skipIf(!canMount)("a full disk during create, then during update: the old tree stays, a re-run after freeing space completes", async () => {
    const fs = (await tinyFilesystem("96k"))!;
    const dir = join(fs, "zt");
    oneLine(await runCli([dir, "--example", "--yes"], { cwd: fs }), /no space left on the device.*free some space and run again.*\(ENOSPC\)/);
    // Freeing space: the tmpfs is remounted larger.
    execFileSync("mount", ["-o", "remount,size=8m", fs]);
    const resumed = await runCli([dir, "--example", "--yes"], { cwd: fs });
    expect(resumed.stderr).toBe("");
    expect([0, 3]).toContain(resumed.code);
    const whole = await hashTree(dir);

    // Fill the disk, then an update that changes every file: refused mid-way, old tree intact.
    const filler = join(fs, "filler");
    const avail = Number(execFileSync("df", ["-B1", "--output=avail", fs], { encoding: "utf8" }).split("\n")[1]!.trim());
    await writeFile(filler, Buffer.alloc(avail - 16 * 1024));
    const full = await runCli(["update", dir, "--set", "organization.name=Renamed Org"], { cwd: fs });
    oneLine(full, /\(ENOSPC\)/);
    const afterFailure = await hashTree(dir);
    for (const [p, h] of Object.entries(whole)) if (!p.startsWith(".zero-trust/")) expect.soft(afterFailure[p], p).toBe(h);
    await rm(filler);
    const rerun = await runCli(["update", dir, "--set", "organization.name=Renamed Org"], { cwd: fs });
    expect(rerun.stderr).not.toMatch(/error/);
    expect(await readFile(join(dir, ".zero-trust/answers.yaml"), "utf8")).toContain("Renamed Org");
    expect((await runCli(["update", dir, "--check"], { cwd: fs })).code).toBe(0);
  });
});
