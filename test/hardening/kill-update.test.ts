import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/fs/lock.js";
import { JOURNAL_FILE } from "../../src/update/paths.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
/** The CLI as users run it: the bundle `npm run build` makes (`npm test` builds first). */
const bin = join(root, "bin", "create-zero-trust.js");
const env = { ...process.env, CI: "true", NO_COLOR: "1" };

const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: "utf8" });
  return { code: r.status, stderr: r.stderr };
};

/**
 * Starts `update` and SIGKILLs it: after `delayMs`, or, with `afterJournal`, that long after its
 * journal appears (so the kill lands among the journal's steps). Resolves with how it ended.
 */
function killedUpdate(dir: string, args: string[], delayMs: number, afterJournal: boolean): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, "update", dir, ...args], { env, stdio: "ignore" });
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill("SIGKILL");
    if (afterJournal) {
      const poll = setInterval(() => {
        if (existsSync(join(dir, JOURNAL_FILE))) {
          clearInterval(poll);
          timer = setTimeout(kill, delayMs);
        }
      }, 2);
      child.on("exit", () => clearInterval(poll));
    } else timer = setTimeout(kill, delayMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

const HAND_EDIT = "\n## Our own notes\n\nWritten by hand; an update keeps it.\n";

describe("kill -9 during update, at seeded random points", () => {
  let template: string;
  let fullRunMs: number;

  beforeAll(async () => {
    expect(existsSync(join(root, "dist", "cli.js")), "dist/cli.js is missing: run `npm run build` (npm test does)").toBe(true);
    const cwd = await mkdtemp(join(tmpdir(), "czt-kill-"));
    expect(run(["zt", "--example", "--yes", "--no-git", "--no-verify"], cwd).code).toBe(0);
    template = join(cwd, "zt");
    await appendFile(join(template, "README.md"), HAND_EDIT);
    await writeFile(join(template, "OURS.md"), "A file of our own.\n");
    // How long one uninterrupted update takes here: the random delays spread over it.
    const probe = join(cwd, "probe");
    await cp(template, probe, { recursive: true });
    const t = Date.now();
    expect(run(["update", probe, "--set", "organization.name=Renamed Org"], cwd).code).toBe(0);
    fullRunMs = Date.now() - t;
  }, 180_000);

  it("every kill is recovered by a re-run: update --check is clean, answers and files agree, hand edits survive", async () => {
    const outcomes: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.double({ min: 0.05, max: 1, noNaN: true }), fc.boolean(), async (fraction, afterJournal) => {
        const cwd = await mkdtemp(join(tmpdir(), "czt-kill-"));
        const dir = join(cwd, "zt");
        await cp(template, dir, { recursive: true });
        const delay = Math.round(fraction * (afterJournal ? fullRunMs / 4 : fullRunMs));
        const killed = await killedUpdate(dir, ["--set", "organization.name=Renamed Org"], delay, afterJournal);
        outcomes.push(`${afterJournal ? "journal+" : ""}${delay}ms: ${killed.signal ?? `exit ${killed.code}`}, journal ${existsSync(join(dir, JOURNAL_FILE)) ? "left" : "none"}`);

        // The re-run: a plain update finishes an interrupted one from its journal (or finds nothing to do).
        const rerun = run(["update", dir], cwd);
        expect(rerun.stderr).not.toMatch(/unexpected error|\n\s+at /);
        expect(rerun.code, rerun.stderr).toBe(0);
        expect(run(["update", dir, "--check"], cwd).code).toBe(0);
        expect(existsSync(join(dir, JOURNAL_FILE))).toBe(false);
        expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

        const answers = await readFile(join(dir, ".zero-trust/answers.yaml"), "utf8");
        const name = answers.includes("Renamed Org") ? "Renamed Org" : "Acme Corp";
        const readme = await readFile(join(dir, "README.md"), "utf8");
        expect(readme.split("\n")[0]).toBe(`# Zero Trust baseline for ${name}`);
        expect(readme).toContain(HAND_EDIT.trim());
        expect(await readFile(join(dir, "OURS.md"), "utf8")).toBe("A file of our own.\n");
      }),
      { seed: 1204, numRuns: 8 },
    );
    console.log(`kill -9 during update: ${outcomes.length} runs, each recovered\n  ${outcomes.join("\n  ")}`);
    // The kills landed at different points: some interrupted the run.
    expect(outcomes.filter((o) => o.includes("SIGKILL")).length, outcomes.join("\n")).toBeGreaterThan(0);
  }, 600_000);
});
