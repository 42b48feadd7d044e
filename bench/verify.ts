/**
 * Benchmark of `verify`: a 200-member organization on moto, two regions, the full check set,
 * scanned at the default concurrency and at concurrency 1 in the same run (each on a freshly
 * seeded server, so neither profits from the other's warm-up), with wall time (requests: bench/verify-requests.ts), CPU
 * time of the scanner and of moto, peak RSS of both, and the speed-up ratio. Goal: the default scan within 10 s.
 *
 *   node --import tsx bench/verify.ts            (BENCH_VERIFY_MEMBERS=50 for a quicker run)
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { startMoto, useMotoEnv, type Moto } from "../test/helpers/moto.js";
import { CATALOG_PATHS, REGIONS, seedOrg } from "../test/verify/org.js";

export async function benchVerify(): Promise<Record<string, number | string>> {
  const members = Number(process.env.BENCH_VERIFY_MEMBERS ?? 200);
  const moto = await startMoto();
  const restore = useMotoEnv(moto);
  try {
    const { runVerification } = await import("../src/verify/index.js");
    const { DEFAULT_CONCURRENCY } = await import("../src/verify/scan/run.js"); // loads the SDK before timing starts
    const result: Record<string, number | string> = { members, regions: REGIONS.join(",") };
    let defaultSeconds = 0;
    for (const concurrency of [DEFAULT_CONCURRENCY, 1]) {
      await moto.reset();
      await seedOrg(moto, "bench", members);
      const peak = sampler(moto);
      const cpu = { scanner: process.cpuUsage(), moto: motoCpuSeconds(moto) };
      const started = performance.now();
      const evidence = await runVerification({ paths: CATALOG_PATHS, toolVersion: "bench", env: process.env, regions: REGIONS, concurrency });
      const seconds = (performance.now() - started) / 1000;
      const scannerCpu = process.cpuUsage(cpu.scanner);
      const motoCpu = motoCpuSeconds(moto) - cpu.moto;
      const { node, moto: motoRss } = peak.stop();
      const tag = `concurrency_${concurrency}`;
      result[`${tag}_wall_s`] = round(seconds);
      result[`${tag}_peak_rss_mb`] = round(node);
      result[`${tag}_moto_peak_rss_mb`] = round(motoRss);
      result[`${tag}_accounts`] = evidence.accounts.filter((a) => a.status === "scanned").length;
      result[`${tag}_findings`] = evidence.findings.length;
      result[`${tag}_moto_cpu_s`] = round(motoCpu);
      result[`${tag}_scanner_cpu_s`] = round((scannerCpu.user + scannerCpu.system) / 1e6);
      result[`${tag}_not_evaluated`] = evidence.findings.filter((f) => f.status === "unknown" || f.status === "error").length;
      if (concurrency === DEFAULT_CONCURRENCY) defaultSeconds = seconds;
      else result.speedup_default_vs_1 = round(seconds / defaultSeconds);
    }
    result.goal_default_scan_within_10s = Number(result[`concurrency_${DEFAULT_CONCURRENCY}_wall_s`]) <= 10 ? "met" : "missed";
    return result;
  } finally {
    restore();
    await moto.stop();
  }
}

/** CPU time (user + system) the moto server has used so far; 0 where /proc is not available. */
function motoCpuSeconds(moto: Moto): number {
  try {
    const fields = readFileSync(`/proc/${moto.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (100 per second on Linux)
  } catch {
    return 0;
  }
}

/** Samples RSS every 50 ms: this process (the scanner) and the moto server. */
function sampler(moto: Moto) {
  let node = process.memoryUsage().rss;
  let server = 0;
  const tick = () => {
    node = Math.max(node, process.memoryUsage().rss);
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${moto.pid}/status`, "utf8"))?.[1] ?? 0);
      server = Math.max(server, kb * 1024);
    } catch {
      /* not Linux, or moto gone */
    }
  };
  const timer = setInterval(tick, 50);
  return {
    stop: () => {
      tick();
      clearInterval(timer);
      return { node: node / 2 ** 20, moto: server / 2 ** 20 };
    },
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchVerify(), null, 2));
}
