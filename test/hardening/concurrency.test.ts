import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/fs/lock.js";
import { listFiles } from "../../src/update/read-state.js";
import { runCli } from "../helpers/run-cli.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const entry = join(root, "src/cli/entry.ts");

/** The CLI as a real process (the source through tsx: no build needed; run from the package so tsx resolves). */
const cli = (args: string[]) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], { cwd: root, env: { ...process.env, CI: "true", NO_COLOR: "1" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });

async function generated() {
  const cwd = await mkdtemp(join(tmpdir(), "czt-lock-"));
  expect((await runCli(["zt", "--example", "--yes"], { cwd })).code).toBe(0);
  return { cwd, dir: join(cwd, "zt") };
}

describe("one run at a time per repository", () => {
  it("8 concurrent updates with different names: each finishes or is refused naming the holder; answers and files agree", async () => {
    const { cwd, dir } = await generated();
    const names = Array.from({ length: 8 }, (_, i) => `Concurrent Org ${i}`);
    const runs = await Promise.all(names.map((n) => cli(["update", dir, "--set", `organization.name=${n}`])));
    for (const r of runs) {
      if (r.code === 0) continue;
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error .*zt is in use by update \(process \d+ on .+, started .+\): wait for it to finish and run again/);
    }
    expect(runs.filter((r) => r.code === 0).length).toBeGreaterThan(0);
    const answers = await readFile(join(dir, ".zero-trust/answers.yaml"), "utf8");
    const winner = names.find((n) => answers.includes(n))!;
    expect(winner).toBeDefined();
    const files = (await listFiles(dir)).filter((p) => !p.startsWith(".zero-trust/"));
    expect(files).not.toContain(LOCK_FILE);
    const texts = await Promise.all(files.map((p) => readFile(join(dir, p), "utf8")));
    expect(texts.some((t) => t.includes(winner))).toBe(true);
    for (const other of names.filter((n) => n !== winner)) expect(texts.filter((t) => t.includes(other))).toEqual([]);
    expect((await runCli(["update", "zt", "--check"], { cwd })).code).toBe(0);
  });

  it("a lock left by a killed process is taken over; a live holder is named", async () => {
    const { cwd, dir } = await generated();
    const dead = { pid: 2 ** 22 + 7, host: hostname(), started: "2026-01-01T00:00:00.000Z", command: "update", token: "0" };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(dead));
    expect(await runCli(["update", "zt", "--set", "organization.name=After A Kill"], { cwd })).toMatchObject({ code: 0, stderr: "" });
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ ...dead, pid: process.pid }));
    const held = await runCli(["update", "zt", "--set", "organization.name=Blocked"], { cwd });
    expect(held.code).toBe(1);
    expect(held.stderr).toContain(`is in use by update (process ${process.pid} on ${hostname()}, started 2026-01-01T00:00:00.000Z)`);
    expect(held.stderr).toContain(`delete ${join(dir, LOCK_FILE)}`);
    expect(await readFile(join(dir, ".zero-trust/answers.yaml"), "utf8")).toContain("After A Kill");
  });
});
