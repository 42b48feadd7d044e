import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
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
const NO_MOUNT = "this machine does not allow mounting a tmpfs (needs root and a sandbox that permits mount(2))";

/**
 * The built CLI as a process that permission bits apply to: root ignores them, so as root it runs
 * as nobody (65534), from a world-readable copy of the package's files (this checkout may sit in a
 * folder only root can enter, such as a clone into `mktemp -d`). undefined (with the reason) when
 * neither works here.
 */
const asRoot = process.getuid?.() === 0;
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let packageCopy: Promise<string> | undefined;
async function binForNobody(): Promise<string> {
  packageCopy ??= (async () => {
    const dir = await tmp();
    const { files } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { files: string[] };
    for (const f of ["package.json", ...files]) await cp(join(ROOT, f), join(dir, f), { recursive: true });
    execFileSync("chmod", ["-R", "a+rX", dir]);
    return join(dir, "bin", "create-zero-trust.js");
  })();
  return packageCopy;
}
async function runRestricted(args: string[], cwd: string): Promise<{ code: number; stderr: string } | { skipped: string }> {
  if (!existsSync(join(ROOT, "dist", "cli.js"))) return { skipped: "dist/cli.js is missing: run `npm run build` (npm test does)" };
  const bin = asRoot ? await binForNobody() : join(ROOT, "bin", "create-zero-trust.js");
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, CI: "true", NO_COLOR: "1", HOME: tmpdir() }, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
  if (r.error) return { skipped: `cannot run the CLI as an unprivileged user here: ${r.error.message}` };
  return { code: r.status ?? -1, stderr: r.stderr };
}

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

  it("a read-only folder (EACCES) on create and on update, also when the tests run as root: nothing written", async (ctx) => {
    const parent = await tmp();
    await chmod(parent, 0o755); // reachable by the unprivileged user
    const ro = join(parent, "ro");
    await mkdir(ro, { mode: 0o555 });
    const create = await runRestricted([join(ro, "zt"), "--example", "--yes", "--no-git", "--no-verify"], parent);
    if ("skipped" in create) return ctx.skip(create.skipped);
    oneLine(create, /permission denied on .*ro\/zt; fix its permissions or choose another folder \(EACCES\)/);
    expect(await readdir(ro)).toEqual([]);

    // A repository the user may read but not write: the update is refused before anything changes.
    expect((await runCli(["zt", "--example", "--yes", "--no-git"], { cwd: parent })).code).toBe(0);
    const dir = join(parent, "zt");
    execFileSync("chmod", ["-R", "a-w", dir]);
    const before = await hashTree(dir);
    const update = await runRestricted(["update", dir, "--set", "organization.name=Renamed Org"], parent);
    if ("skipped" in update) return ctx.skip(update.skipped);
    oneLine(update, /permission denied on .*zt.*\(EACCES\)/);
    expect(await hashTree(dir)).toEqual(before);
    execFileSync("chmod", ["-R", "u+w", dir]);
  });

  it("a read-only filesystem (EROFS)", async (ctx) => {
    if (!canMount) return ctx.skip(NO_MOUNT);
    const ro = (await tinyFilesystem("1m", true))!;
    oneLine(await runCli([ro, "--example", "--yes"], { cwd: ro }), /read-only filesystem; choose a writable folder \(EROFS\)/);
  });

  it("a full disk during create, then during update: the old tree stays, a re-run after freeing space completes", async (ctx) => {
    if (!canMount) return ctx.skip(NO_MOUNT);
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
