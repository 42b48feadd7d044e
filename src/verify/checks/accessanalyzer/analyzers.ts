import type { AnalyzerSummary } from "@aws-sdk/client-accessanalyzer";
import type { CheckContext } from "../define.js";

export interface AnalyzerView {
  /** Active analyzers found, with where they run. */
  found: { account: string; region: string; analyzer: AnalyzerSummary }[];
  /** The accounts looked in: the management account and Access Analyzer's delegated administrators. */
  accounts: string[];
  unreadable: { status: "unknown" | "error"; reason: string }[];
}

/**
 * Organization analyzers live in the management account or Access Analyzer's delegated administrator;
 * outside an organization the account's own analyzers are all there is.
 */
export async function analyzers(c: CheckContext, regions: string[]): Promise<AnalyzerView> {
  const management = c.org.organization?.managementAccountId || c.org.caller.accountId;
  const delegated = c.org.delegatedAdmins.ok ? c.org.delegatedAdmins.value.filter((a) => a.services.includes("access-analyzer.amazonaws.com")).map((a) => a.accountId) : [];
  const accounts = [...new Set([management, ...delegated])];
  const view: AnalyzerView = { found: [], accounts, unreadable: [] };
  for (const account of accounts)
    for (const region of regions) {
      const got = (await c.data("accessanalyzer", region, account)).analyzers;
      c.read(got);
      if (!got.ok) view.unreadable.push(got);
      else view.found.push(...got.value.filter((a) => a.status === "ACTIVE").map((analyzer) => ({ account, region, analyzer })));
    }
  return view;
}

/** The analyzer types that cover the whole scope: the organization, or the account when there is no organization. */
export const wholeScope = (c: CheckContext, kind: "" | "_UNUSED_ACCESS") => (c.org.organization ? [`ORGANIZATION${kind}`] : [`ORGANIZATION${kind}`, `ACCOUNT${kind}`]);
