import { defineCheck, fail, few, pass } from "../define.js";
import { adminAccounts } from "../org/require-org.js";

/** Detective's behavior graph lives in its administrator account (the management account or a delegated one), one per region. */
export default defineCheck({
  id: "detective.graph",
  scope: "org-region",
  async run(c) {
    const accounts = adminAccounts(c.org, "detective.amazonaws.com");
    const graphs: string[] = [];
    const problems: { status: "unknown" | "error"; reason: string }[] = [];
    for (const { accountId } of accounts) {
      const got = (await c.data("detective", c.region, accountId)).graphs;
      c.read(got);
      if (got.ok) graphs.push(...got.value.map((g) => g.Arn ?? ""));
      else problems.push(got);
    }
    if (graphs.length) return pass(`Amazon Detective keeps a behavior graph in ${c.region}: ${few(graphs)}`, graphs);
    if (problems.length) return { status: problems[0]!.status, detail: `Detective's behavior graphs in ${c.region} could not be read: ${problems[0]!.reason}` };
    return fail(`No Amazon Detective behavior graph in ${c.region} (looked in ${accounts.map((a) => a.accountId).join(", ")}): investigations start from raw logs`);
  },
});
