import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../bin/create-zero-trust.js", import.meta.url));

/** Median wall time of a command over n runs, in milliseconds. */
function time(args: string[], n = 15): number {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { stdio: "ignore", env: { ...process.env, CI: "true" } });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(n / 2)]! * 10) / 10;
}

/** Start-up cost of the built CLI next to a bare node in the same run (goal: --help at most 2x node -e 0). */
export async function benchCli(): Promise<Record<string, number | string>> {
  time(["-e", "0"], 3); // warm the file cache
  const node = time(["-e", "0"]);
  const help = time([bin, "--help"]);
  const assess = time([bin, "assess", "--example", "--json"], 9);
  return { "node -e 0 (ms)": node, "--help (ms)": help, "--help / node": Math.round((help / node) * 100) / 100, "assess --example --json (ms)": assess };
}
