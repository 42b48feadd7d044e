import { defineCheck, fail, pass } from "../define.js";

/** An aggregator index makes every region's resources searchable from one place: an inventory that keeps itself current. */
export default defineCheck({
  id: "resourceexplorer.aggregator-index",
  scope: "account",
  async run(c) {
    const indexes = c.need((await c.data("resourceexplorer")).indexes);
    const aggregator = indexes.find((i) => i.Type === "AGGREGATOR");
    if (aggregator) return pass(`Resource Explorer in ${c.accountId} aggregates ${indexes.length} regional indexes in ${aggregator.Region}`, [aggregator.Arn ?? ""]);
    return fail(indexes.length ? `Resource Explorer in ${c.accountId} has ${indexes.length} local indexes but no aggregator index: no single inventory across regions` : `Resource Explorer is not turned on in ${c.accountId}`, indexes.map((i) => i.Arn ?? ""));
  },
});
