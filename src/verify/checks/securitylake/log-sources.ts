import { defineCheck, fail, notApplicable, pass } from "../define.js";
import { lakesFor } from "./lakes.js";

/** The sources correlation needs: API activity, network flows and DNS; findings make detections searchable beside them. */
const NEEDED = ["CLOUD_TRAIL_MGMT", "VPC_FLOW", "ROUTE53", "SH_FINDINGS"];

export default defineCheck({
  id: "securitylake.log-sources",
  scope: "org-region",
  async run(c) {
    const { lakes, problem, sourcesProblem } = await lakesFor(c);
    const unreadable = sourcesProblem ?? (lakes.length ? null : problem);
    if (unreadable) return { status: unreadable.status, detail: `Security Lake's log sources in ${c.region} could not be read: ${unreadable.reason}` };
    if (!lakes.length) return notApplicable(`No Security Lake data lake in ${c.region} to collect logs into (securitylake.data-lake reports that)`);
    const collected = new Set<string>(lakes.flatMap((l) => l.sources.flatMap((s) => (s.sources ?? []).map((r) => r.awsLogSource?.sourceName ?? ""))));
    const missing = NEEDED.filter((n) => !collected.has(n));
    const arns = lakes.map((l) => l.lake.dataLakeArn ?? "");
    if (!missing.length) return pass(`Security Lake in ${c.region} collects ${NEEDED.join(", ")}`, arns);
    return fail(`Security Lake in ${c.region} does not collect ${missing.join(", ")}${collected.size ? ` (only ${[...collected].join(", ")})` : ""}`, arns);
  },
});
