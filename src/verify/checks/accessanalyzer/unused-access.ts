import { defineCheck, fail, few, pass } from "../define.js";
import { analyzers, wholeScope } from "./analyzers.js";

/** Unused access analysis covers IAM (a global service), so one analyzer in any region is enough. */
export default defineCheck({
  id: "accessanalyzer.unused-access",
  scope: "org",
  async run(c) {
    const view = await analyzers(c, c.regions);
    const types = wholeScope(c, "_UNUSED_ACCESS");
    const covering = view.found.filter((f) => types.includes(f.analyzer.type ?? ""));
    if (covering.length) return pass(`IAM Access Analyzer ${few(covering.map((f) => `${f.analyzer.name} (${f.account} ${f.region})`))} reports unused roles, keys and permissions`, covering.map((f) => f.analyzer.arn ?? ""));
    if (view.unreadable.length) return { status: view.unreadable[0]!.status, detail: `IAM Access Analyzer could not be read: ${view.unreadable[0]!.reason}` };
    const partial = view.found.filter((f) => f.analyzer.type === "ACCOUNT_UNUSED_ACCESS");
    if (partial.length) return fail(`Unused access is analyzed for single accounts only (${few(partial.map((f) => `${f.analyzer.name} in ${f.account}`))}), not the organization`, partial.map((f) => f.analyzer.arn ?? ""));
    return fail(`No IAM Access Analyzer unused access analyzer for the ${c.org.organization ? "organization" : "account"} in the scanned regions (looked in ${view.accounts.join(", ")})`);
  },
});
