import { defineCheck, fail, few, pass } from "../define.js";
import { readInAdmins } from "../org/organization.js";

/** One aggregation region gathers every region's findings; it is set in Security Hub's administrator (or the management account). */
export default defineCheck({
  id: "securityhub.finding-aggregation",
  scope: "org",
  async run(c) {
    const { items, problem, looked } = await readInAdmins(c, "securityhub.amazonaws.com", c.regions, async (accountId, region) => (await c.data("securityhubAggregators", region, accountId)).aggregators);
    const found = [...new Set(items.map((a) => a.item.FindingAggregatorArn ?? "").filter(Boolean))];
    if (found.length) return pass(`Security Hub aggregates findings across regions: ${few(found)}`, found);
    if (problem) return { status: problem.status, detail: `Security Hub's finding aggregators could not be read: ${problem.reason}` };
    return fail(`Security Hub aggregates no findings across regions (looked in ${looked.join(", ")}): each region's findings stay there`);
  },
});
