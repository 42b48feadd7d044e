import { defineCheck, fail, few, pass } from "../define.js";
import { adminAccounts } from "../org/require-org.js";

/** One aggregation region gathers every region's findings; it is set in Security Hub's administrator (or the management account). */
export default defineCheck({
  id: "securityhub.finding-aggregation",
  scope: "org",
  async run(c) {
    const accounts = adminAccounts(c.org, "securityhub.amazonaws.com").map((a) => a.accountId);
    const found = new Set<string>();
    let problem: { status: "unknown" | "error"; reason: string } | null = null;
    for (const accountId of accounts)
      for (const region of c.regions) {
        const got = (await c.data("securityhubAggregators", region, accountId)).aggregators;
        c.read(got);
        if (got.ok) got.value.forEach((a) => a.FindingAggregatorArn && found.add(a.FindingAggregatorArn));
        else problem ??= got;
      }
    if (found.size) return pass(`Security Hub aggregates findings across regions: ${few([...found])}`, [...found]);
    if (problem) return { status: problem.status, detail: `Security Hub's finding aggregators could not be read: ${problem.reason}` };
    return fail(`Security Hub aggregates no findings across regions (looked in ${accounts.join(", ")}): each region's findings stay there`);
  },
});
