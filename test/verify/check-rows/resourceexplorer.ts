import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const arn = (region: string) => `arn:aws:resource-explorer-2:${region}:${ACCOUNT}:index/0a1b2c3d`;
const indexes = (...list: { Region: string; Type: "LOCAL" | "AGGREGATOR" }[]): FakeData => ({ resourceexplorer: { indexes: ok(list.map((i) => ({ ...i, Arn: arn(i.Region) }))) } });

export default {
  rows: [
    { name: "aggregator", check: "resourceexplorer.aggregator-index", data: indexes({ Region: "eu-west-1", Type: "AGGREGATOR" }, { Region: "us-east-1", Type: "LOCAL" }), status: "pass", detail: /2 Regions/, resources: [arn("eu-west-1")] },
    { name: "local indexes only", check: "resourceexplorer.aggregator-index", data: indexes({ Region: "eu-west-1", Type: "LOCAL" }), status: "fail", detail: /no aggregator/, resources: [arn("eu-west-1")] },
    { name: "not turned on", check: "resourceexplorer.aggregator-index", data: indexes(), status: "fail", detail: /not turned on/ },
    { name: "indexes unreadable", check: "resourceexplorer.aggregator-index", data: { resourceexplorer: { indexes: denied("resource-explorer-2:ListIndexes") } }, status: "unknown" },
  ],
  alwaysApplicable: { "resourceexplorer.aggregator-index": "every account has a Resource Explorer setting (on with an aggregator, on locally, or off); off is the finding" },
} satisfies RowFile;
