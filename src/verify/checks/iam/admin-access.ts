import type { Grant, IamRole, IamUser, LocalPolicy } from "../../collect/iam.js";
import { isAdminGrant } from "../../policy.js";
import type { CheckContext } from "../define.js";

const ADMINISTRATOR_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

/** The grants that give full administrator access: AdministratorAccess, or any policy allowing "*" on "*". */
export const adminGrants = (grants: Grant[]): Grant[] => grants.filter((g) => ADMINISTRATOR_ACCESS.test(g.arn ?? "") || g.statements.some(isAdminGrant));

/**
 * Full administrator access that nothing caps: a permissions boundary bounds it unless the boundary
 * itself allows everything (AdministratorAccess, or a customer policy granting "*" on "*").
 */
export function unboundedAdmin(p: IamUser, policies: LocalPolicy[]): Grant[] {
  if (p.boundary && !adminGrants([{ via: "boundary", arn: p.boundary, statements: policies.find((x) => x.arn === p.boundary)?.statements ?? [] }]).length) return [];
  return adminGrants(p.grants);
}

/** Roles AWS manages for a service (service-linked) or for Identity Center (its permission sets are sso.permission-sets' findings). */
export const awsManagedRole = (r: IamRole) => r.path.startsWith("/aws-service-role/") || r.path.startsWith("/aws-reserved/");

/** The accounts a trust policy statement names as AWS principals ("*" for anyone). */
export function trustedAccounts(principal: unknown): string[] {
  if (principal === "*") return ["*"];
  const aws = (principal as { AWS?: unknown } | undefined)?.AWS;
  const list = aws === undefined ? [] : Array.isArray(aws) ? aws.map(String) : [String(aws)];
  return list.map((p) => (p === "*" ? "*" : (/^(\d{12})$/.exec(p)?.[1] ?? /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(p)?.[1] ?? p)));
}

/**
 * The organization's own access role (OrganizationAccountAccessRole, AWSControlTowerExecution) is the
 * normal shape: administrator access that only the management account can assume.
 */
export function managementAccessRole(r: IamRole, c: CheckContext): boolean {
  const management = c.org.organization?.managementAccountId;
  if (!management || c.accountId === management) return false;
  const allows = r.trust.filter((s) => s.Effect === "Allow");
  return allows.length > 0 && allows.every((s) => { const accounts = trustedAccounts(s.Principal); return accounts.length > 0 && accounts.every((a) => a === management); });
}
