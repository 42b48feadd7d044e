import { defineCheck, fail, few, pass } from "../define.js";
import { analyzers, wholeScope } from "./analyzers.js";

/** External access analyzers are regional: each scanned region needs one whose zone of trust is the organization. */
export default defineCheck({
  id: "accessanalyzer.external-access",
  scope: "org-region",
  async run(c) {
    const view = await analyzers(c, [c.region]);
    const types = wholeScope(c, "");
    const covering = view.found.filter((f) => types.includes(f.analyzer.type ?? ""));
    if (covering.length) return pass(`IAM Access Analyzer ${few(covering.map((f) => `${f.analyzer.name} (${f.analyzer.type}, ${f.account})`))} reports external access in ${c.region}`, covering.map((f) => f.analyzer.arn ?? ""));
    if (view.unreadable.length) return { status: view.unreadable[0]!.status, detail: `IAM Access Analyzer could not be read in ${c.region}: ${view.unreadable[0]!.reason}` };
    const partial = view.found.filter((f) => f.analyzer.type === "ACCOUNT");
    if (partial.length) return fail(`IAM Access Analyzer in ${c.region} covers single accounts only (${few(partial.map((f) => `${f.analyzer.name} in ${f.account}`))}), not the organization`, partial.map((f) => f.analyzer.arn ?? ""));
    return fail(`No IAM Access Analyzer external access analyzer for the ${c.org.organization ? "organization" : "account"} in ${c.region} (looked in ${view.accounts.join(", ")})`);
  },
});
