import { defineCheck, fail, few, pass } from "../define.js";
import { lakesFor } from "./lakes.js";

export default defineCheck({
  id: "securitylake.data-lake",
  scope: "org-region",
  async run(c) {
    const { lakes, problem, looked } = await lakesFor(c);
    if (lakes.length) return pass(`Amazon Security Lake centralizes security logs in ${c.region}: ${few(lakes.map((l) => l.lake.dataLakeArn ?? ""))}`, lakes.map((l) => l.lake.dataLakeArn ?? ""));
    if (problem) return { status: problem.status, detail: `Security Lake in ${c.region} could not be read: ${problem.reason}` };
    return fail(`No Amazon Security Lake data lake in ${c.region} (looked in ${looked.join(", ")})`);
  },
});
