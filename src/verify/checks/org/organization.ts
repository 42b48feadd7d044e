import type { OrgSnapshot } from "../../scan/organization.js";
import type { Got, Outcome } from "../../types.js";
import { type CheckContext, fail } from "../define.js";

type Organization = NonNullable<OrgSnapshot["organization"]>;

/**
 * The organization an org check evaluates, or the outcome when there is none: unknown/error when it
 * could not be read, a fail (with `standalone` as detail) when the caller is a standalone account.
 */
export function requireOrganization(org: OrgSnapshot, standalone: string): { organization: Organization } | { outcome: Outcome } {
  if (org.organization) return { organization: org.organization };
  if (org.problem) return { outcome: { status: org.problem.status, detail: `The organization could not be read: ${org.problem.reason}` } };
  return { outcome: fail(`${org.caller.accountId} is not in an AWS Organization: ${standalone}`) };
}

export const organizationArn = (o: Organization) => `arn:aws:organizations::${o.managementAccountId}:organization/${o.id}`;

/**
 * Where an organization-wide service is administered: the management account (the caller outside an
 * organization) and the service's delegated administrators. Delegated administrators that could not
 * be listed leave the management account alone.
 */
export function adminAccounts(org: OrgSnapshot, principal: string): { accountId: string; delegated: boolean }[] {
  const management = org.organization?.managementAccountId || org.caller.accountId;
  const delegated = org.delegatedAdmins.ok ? org.delegatedAdmins.value.filter((a) => a.services.includes(principal) && a.accountId !== management).map((a) => a.accountId) : [];
  return [{ accountId: management, delegated: false }, ...[...new Set(delegated)].map((accountId) => ({ accountId, delegated: true }))];
}

export type Problem = { status: "unknown" | "error"; reason: string };

/**
 * Reads a list in every administrator account of a service (see adminAccounts) and the given
 * regions. What could be read is returned with where it came from; the first failure is kept, so
 * a check can still decide on what it found and otherwise say why it could not.
 */
export async function readInAdmins<T>(
  c: CheckContext,
  principal: string,
  regions: string[],
  read: (accountId: string, region: string, delegated: boolean) => Promise<Got<T[]>>,
): Promise<{ items: { accountId: string; region: string; item: T }[]; problem: Problem | null; looked: string[] }> {
  const accounts = adminAccounts(c.org, principal);
  const items: { accountId: string; region: string; item: T }[] = [];
  let problem: Problem | null = null;
  for (const { accountId, delegated } of accounts)
    for (const region of regions) {
      const got = await read(accountId, region, delegated);
      c.read(got);
      if (got.ok) items.push(...got.value.map((item) => ({ accountId, region, item })));
      else problem ??= got;
    }
  return { items, problem, looked: accounts.map((a) => a.accountId) };
}
