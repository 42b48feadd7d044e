import { count, defineCheck, fail, pass } from "../define.js";

/**
 * An aggregator index makes one Region answer "what resources does this account have" across every
 * Region: the automated inventory data stores are found in. Local indexes alone search one Region each.
 */
export default defineCheck({
  id: "resourceexplorer.aggregator-index",
  scope: "account",
  async run(c) {
    const indexes = c.need((await c.data("resourceexplorer", c.homeRegion)).indexes);
    const aggregator = indexes.find((i) => i.Type === "AGGREGATOR");
    if (aggregator) return pass(`Resource Explorer aggregator index of ${c.accountId} in ${aggregator.Region} (${count(indexes.length, "Region")} indexed)`, [aggregator.Arn ?? ""]);
    if (indexes.length) return fail(`${c.accountId} has ${count(indexes.length, "local Resource Explorer index", "local Resource Explorer indexes")} but no aggregator index: no cross-Region inventory`, indexes.map((i) => i.Arn ?? ""));
    return fail(`Resource Explorer is not turned on in ${c.accountId} (no index in any Region)`);
  },
});
