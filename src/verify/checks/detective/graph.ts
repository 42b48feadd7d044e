import { defineCheck, fail, few, pass } from "../define.js";
import { readInAdmins } from "../org/organization.js";

/** Detective's behavior graph lives in its administrator account (the management account or a delegated one), one per region. */
export default defineCheck({
  id: "detective.graph",
  scope: "org-region",
  async run(c) {
    const { items, problem, looked } = await readInAdmins(c, "detective.amazonaws.com", [c.region], async (accountId, region) => (await c.data("detective", region, accountId)).graphs);
    const graphs = items.map((g) => g.item.Arn ?? "");
    if (graphs.length) return pass(`Amazon Detective keeps a behavior graph in ${c.region}: ${few(graphs)}`, graphs);
    if (problem) return { status: problem.status, detail: `Detective's behavior graphs in ${c.region} could not be read: ${problem.reason}` };
    return fail(`No Amazon Detective behavior graph in ${c.region} (looked in ${looked.join(", ")}): investigations start from raw logs`);
  },
});
