/**
 * Requests per account and region as the checks grow: every request the scan sends (SDK clients and
 * the signed JSON calls alike) goes through a logging proxy in front of moto, on the seven-account
 * test organization (the well-configured one plus three plain members, two regions) and on a
 * 200-member one. Goal: at most 45 requests per account-region on the seven-account organization.
 *
 *   node --import tsx bench/verify-requests.ts       (BENCH_VERIFY_MEMBERS=50 for a quicker large run)
 */
import { pathToFileURL } from "node:url";
import { startMoto, useMotoEnv } from "../test/helpers/moto.js";
import { startFaultProxy } from "../test/verify/faults.js";
import { CATALOG_PATHS, LATER, REGIONS, seedOrg } from "../test/verify/org.js";

const GOAL = 45;

export async function benchVerifyRequests(): Promise<Record<string, number | string>> {
  const large = Number(process.env.BENCH_VERIFY_MEMBERS ?? 200);
  const moto = await startMoto();
  const restore = useMotoEnv(moto);
  const log: { service: string; region: string; action: string }[] = [];
  const proxy = await startFaultProxy(moto.url, (req) => (log.push(req), "forward"));
  try {
    const { runVerification } = await import("../src/verify/index.js");
    const result: Record<string, number | string> = { regions: REGIONS.join(","), goal_per_account_region: GOAL };
    for (const [name, scenario, members] of [
      ["org7", "good-org", 3],
      ["org7_gaps", "gap-org", 3],
      [`org${large + 1}`, "bench", large],
    ] as const) {
      await moto.reset();
      await seedOrg(moto, scenario, members);
      log.length = 0;
      const evidence = await runVerification({ paths: CATALOG_PATHS, toolVersion: "bench", env: { ...process.env, AWS_ENDPOINT_URL: proxy.url }, regions: REGIONS, now: LATER() });
      const places = evidence.accounts.length * evidence.regions.length;
      result[`${name}_accounts`] = evidence.accounts.length;
      result[`${name}_requests`] = log.length;
      result[`${name}_requests_per_account_region`] = Math.round((log.length / places) * 10) / 10;
      result[`${name}_top_services`] = top(log.map((r) => r.service), 5);
      // Calls made in every account and region, for finding what to fold into an aggregated read.
      if (name === "org7") result.org7_top_actions = top(log.map((r) => `${r.service}:${r.action}`), 60);
    }
    const worst = Math.max(Number(result.org7_requests_per_account_region), Number(result.org7_gaps_requests_per_account_region));
    result.goal_at_most_45_per_account_region = worst <= GOAL ? "met" : "missed";
    return result;
  } finally {
    await proxy.close();
    restore();
    await moto.stop();
  }
}

/** The most frequent values with their counts: "iam 120, ec2 96, ...". */
function top(values: string[], n: number): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, c]) => `${k} ${c}`).join(", ");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchVerifyRequests(), null, 2));
}
