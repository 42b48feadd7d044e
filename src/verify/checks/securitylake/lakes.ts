import type { DataLakeResource, LogSource } from "@aws-sdk/client-securitylake";
import type { CheckContext } from "../define.js";
import { type Problem, readInAdmins } from "../org/organization.js";

export interface LakeView {
  /** Data lakes in the check's region, with the account that administers each and its log sources. */
  lakes: { accountId: string; lake: DataLakeResource; sources: LogSource[] }[];
  /** Why an administrator account's data lakes could not be listed, when one could not. */
  problem: Problem | null;
  /** Why the log sources of an account holding a data lake could not be listed. */
  sourcesProblem: Problem | null;
  looked: string[];
}

/** Security Lake in the check's region, as its administrators (management account, delegated administrator) see it. */
export async function lakesFor(c: CheckContext): Promise<LakeView> {
  const { items, problem, looked } = await readInAdmins(c, "securitylake.amazonaws.com", [c.region], async (accountId, region) => (await c.data("securitylake", region, accountId)).dataLakes);
  const live = items.filter((l) => l.item.createStatus !== "FAILED");
  const view: LakeView = { lakes: [], problem, sourcesProblem: null, looked };
  for (const accountId of new Set(live.map((l) => l.accountId))) {
    const sources = (await c.data("securitylake", c.region, accountId)).logSources;
    c.read(sources);
    if (!sources.ok) view.sourcesProblem ??= sources;
    for (const l of live.filter((x) => x.accountId === accountId)) view.lakes.push({ accountId, lake: l.item, sources: sources.ok ? sources.value : [] });
  }
  return view;
}
