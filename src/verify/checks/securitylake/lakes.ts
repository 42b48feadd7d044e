import type { DataLakeResource, LogSource } from "@aws-sdk/client-securitylake";
import type { CheckContext } from "../define.js";
import { adminAccounts } from "../org/require-org.js";

export interface LakeView {
  /** Data lakes in the check's region, with the account that administers each. */
  lakes: { accountId: string; lake: DataLakeResource; sources: LogSource[] }[];
  /** Why an administrator account could not be read, when one could not. */
  problem: { status: "unknown" | "error"; reason: string } | null;
  looked: string[];
}

/** Security Lake in the check's region, as its administrators (management account, delegated administrator) see it. */
export async function lakesFor(c: CheckContext): Promise<LakeView> {
  const accounts = adminAccounts(c.org, "securitylake.amazonaws.com").map((a) => a.accountId);
  const view: LakeView = { lakes: [], problem: null, looked: accounts };
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
    if (!data.logSources.ok) view.problem ??= data.logSources;
    for (const lake of live) view.lakes.push({ accountId, lake, sources: data.logSources.ok ? data.logSources.value : [] });
  }
  return view;
}
