import type { DataLakeResource, LogSource } from "@aws-sdk/client-securitylake";
import type { CheckContext } from "../define.js";
import { adminAccounts } from "../org/require-org.js";

type Problem = { status: "unknown" | "error"; reason: string };

export interface LakeView {
  /** Data lakes in the check's region, with the account that administers each. */
  lakes: { accountId: string; lake: DataLakeResource; sources: LogSource[] }[];
  /** Why an administrator account's data lakes could not be listed, when one could not. */
  problem: Problem | null;
  /** Why the log sources of an account holding a data lake could not be listed. */
  sourcesProblem: Problem | null;
  looked: string[];
}

/** Security Lake in the check's region, as its administrators (management account, delegated administrator) see it. */
export async function lakesFor(c: CheckContext): Promise<LakeView> {
  const accounts = adminAccounts(c.org, "securitylake.amazonaws.com").map((a) => a.accountId);
  const view: LakeView = { lakes: [], problem: null, sourcesProblem: null, looked: accounts };
  for (const accountId of accounts) {
    const data = await c.data("securitylake", c.region, accountId);
    c.read(data.dataLakes);
    if (!data.dataLakes.ok) {
      view.problem ??= data.dataLakes;
      continue;
    }
    const live = data.dataLakes.value.filter((l) => l.createStatus !== "FAILED");
    if (!live.length) continue;
    c.read(data.logSources);
    if (!data.logSources.ok) view.sourcesProblem ??= data.logSources;
    for (const lake of live) view.lakes.push({ accountId, lake, sources: data.logSources.ok ? data.logSources.value : [] });
  }
  return view;
}
