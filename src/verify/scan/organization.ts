import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListDelegatedAdministratorsCommand,
  ListAWSServiceAccessForOrganizationCommand,
  ListDelegatedServicesForAccountCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
} from "@aws-sdk/client-organizations";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import type { ClientFactory } from "../aws/clients.js";
import { classifyError, errorName, type Problem } from "../aws/classify.js";
import { all, call, got } from "../collect/fetch.js";
import { parsePolicy, type Statement } from "../policy.js";
import type { Got } from "../types.js";

export interface OrgAccount {
  id: string;
  name: string;
  status: string;
  /** OU path from the root, e.g. `Root/Workloads/Prod`. */
  ou?: string;
  /** Ids of the account's parents up to the root (SCPs attach to any of these or to the account). */
  parents: string[];
}

export interface Scp {
  id: string;
  name: string;
  statements: Statement[];
  /** Root, OU and account ids the policy is attached to. */
  targets: string[];
}

export interface DelegatedAdmin {
  accountId: string;
  name: string;
  services: string[];
}

/** What the management account says about the organization, read once per scan. */
export interface OrgSnapshot {
  caller: { accountId: string; arn: string };
  organization: { id: string; managementAccountId: string; featureSet: string } | null;
  /** Why the organization could not be read (null when it was read, or the account is standalone). */
  problem: Problem | null;
  /** Active and other accounts, sorted by id; just the caller's own account outside an organization. */
  accounts: OrgAccount[];
  scps: Got<Scp[]>;
  /** Resource control policies, read like SCPs. */
  rcps: Got<Scp[]>;
  delegatedAdmins: Got<DelegatedAdmin[]>;
  /** Service principals with trusted access to the organization (controltower.amazonaws.com marks a Control Tower landing zone). */
  serviceAccess: Got<string[]>;
}

export async function readOrganization(clients: ClientFactory): Promise<OrgSnapshot> {
  const sts = clients.get("sts", STSClient);
  const identity = await call("sts:GetCallerIdentity", () => sts.send(new GetCallerIdentityCommand({})));
  const caller = { accountId: identity.Account ?? "", arn: identity.Arn ?? "" };
  const self: OrgAccount = { id: caller.accountId, name: caller.accountId, status: "ACTIVE", parents: [] };
  const org = clients.get("organizations", OrganizationsClient);

  let organization: OrgSnapshot["organization"] = null;
  try {
    const o = (await call("organizations:DescribeOrganization", () => org.send(new DescribeOrganizationCommand({})))).Organization;
    organization = { id: o?.Id ?? "", managementAccountId: o?.MasterAccountId ?? "", featureSet: o?.FeatureSet ?? "" };
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause ?? err;
    const missing: Got<never> = { ok: false, calls: ["organizations:DescribeOrganization"], status: "unknown", reason: "the account is not in an AWS Organization" };
    if (errorName(cause) === "AWSOrganizationsNotInUseException") return { caller, organization: null, problem: null, accounts: [self], scps: missing, rcps: missing, delegatedAdmins: missing, serviceAccess: missing };
    const problem = classifyError(cause, "organizations:DescribeOrganization");
    const failed: Got<never> = { ok: false, calls: ["organizations:DescribeOrganization"], ...problem };
    return { caller, organization: null, problem, accounts: [self], scps: failed, rcps: failed, delegatedAdmins: failed, serviceAccess: failed };
  }

  const policyCalls = ["organizations:ListPolicies", "organizations:DescribePolicy", "organizations:ListTargetsForPolicy"];
  const [accounts, scps, rcps, delegatedAdmins, serviceAccess] = await Promise.all([
    got(["organizations:ListAccounts", "organizations:ListRoots", "organizations:ListOrganizationalUnitsForParent", "organizations:ListAccountsForParent"], () => listAccounts(org)),
    got(policyCalls, () => listPolicies(org, "SERVICE_CONTROL_POLICY")),
    got(policyCalls, () => listPolicies(org, "RESOURCE_CONTROL_POLICY")),
    got(["organizations:ListDelegatedAdministrators", "organizations:ListDelegatedServicesForAccount"], () => listDelegatedAdmins(org)),
    got(["organizations:ListAWSServiceAccessForOrganization"], () =>
      all(async (NextToken) => {
        const r = await call("organizations:ListAWSServiceAccessForOrganization", () => org.send(new ListAWSServiceAccessForOrganizationCommand({ NextToken, MaxResults: 20 })));
        return { items: r.EnabledServicePrincipals?.map((s) => s.ServicePrincipal ?? ""), next: r.NextToken };
      }),
    ),
  ]);
  const read = { scps, rcps, delegatedAdmins, serviceAccess };
  // A delegated administrator (not the management account) may be refused the account list:
  // scan what it can see, its own account, and say why.
  if (!accounts.ok) return { caller, organization, problem: { status: accounts.status, reason: accounts.reason }, accounts: [self], ...read };
  // From a member account moto (unlike AWS) lists no accounts; the caller is still scannable.
  const list = accounts.value.length ? accounts.value : [self];
  return { caller, organization, problem: null, accounts: list, ...read };
}

async function listAccounts(org: OrganizationsClient): Promise<OrgAccount[]> {
  const listed = all(async (NextToken) => {
    const r = await call("organizations:ListAccounts", () => org.send(new ListAccountsCommand({ NextToken, MaxResults: 20 })));
    return { items: r.Accounts, next: r.NextToken };
  });
  // Walk the OU tree breadth-first (while the account list pages in) to learn each account's parent chain and OU path.
  const walk = async () => {
    const roots = (await call("organizations:ListRoots", () => org.send(new ListRootsCommand({})))).Roots ?? [];
    const placement = new Map<string, { parents: string[]; path: string }>();
    let level = roots.map((r) => ({ id: r.Id ?? "", parents: [r.Id ?? ""], path: r.Name ?? "Root" }));
    while (level.length) {
      const next: typeof level = [];
      await Promise.all(
        level.map(async (node) => {
          const [children, ous] = await Promise.all([
            all(async (NextToken) => {
              const r = await call("organizations:ListAccountsForParent", () => org.send(new ListAccountsForParentCommand({ ParentId: node.id, NextToken, MaxResults: 20 })));
              return { items: r.Accounts, next: r.NextToken };
            }),
            all(async (NextToken) => {
              const r = await call("organizations:ListOrganizationalUnitsForParent", () => org.send(new ListOrganizationalUnitsForParentCommand({ ParentId: node.id, NextToken, MaxResults: 20 })));
              return { items: r.OrganizationalUnits, next: r.NextToken };
            }),
          ]);
          for (const a of children) placement.set(a.Id ?? "", { parents: node.parents, path: node.path });
          for (const ou of ous) next.push({ id: ou.Id ?? "", parents: [ou.Id ?? "", ...node.parents], path: `${node.path}/${ou.Name ?? ou.Id}` });
        }),
      );
      level = next;
    }
    return { roots, placement };
  };
  const [accounts, { roots, placement }] = await Promise.all([listed, walk()]);
  return accounts
    .map((a) => {
      const where = placement.get(a.Id ?? "");
      return { id: a.Id ?? "", name: a.Name ?? "", status: a.State ?? a.Status ?? "ACTIVE", ou: where?.path, parents: where?.parents ?? roots.map((r) => r.Id ?? "") };
    })
    .sort((x, y) => x.id.localeCompare(y.id));
}

async function listPolicies(org: OrganizationsClient, Filter: "SERVICE_CONTROL_POLICY" | "RESOURCE_CONTROL_POLICY"): Promise<Scp[]> {
  const policies = await all(async (NextToken) => {
    const r = await call("organizations:ListPolicies", () => org.send(new ListPoliciesCommand({ Filter, NextToken, MaxResults: 20 })));
    return { items: r.Policies, next: r.NextToken };
  });
  return Promise.all(
    policies.map(async (p) => {
      const [described, targets] = await Promise.all([
        call("organizations:DescribePolicy", () => org.send(new DescribePolicyCommand({ PolicyId: p.Id }))),
        all(async (NextToken) => {
          const r = await call("organizations:ListTargetsForPolicy", () => org.send(new ListTargetsForPolicyCommand({ PolicyId: p.Id, NextToken, MaxResults: 20 })));
          return { items: r.Targets, next: r.NextToken };
        }),
      ]);
      return { id: p.Id ?? "", name: p.Name ?? "", statements: parsePolicy(described.Policy?.Content), targets: targets.map((t) => t.TargetId ?? "") };
    }),
  );
}

async function listDelegatedAdmins(org: OrganizationsClient): Promise<DelegatedAdmin[]> {
  const admins = await all(async (NextToken) => {
    const r = await call("organizations:ListDelegatedAdministrators", () => org.send(new ListDelegatedAdministratorsCommand({ NextToken, MaxResults: 20 })));
    return { items: r.DelegatedAdministrators, next: r.NextToken };
  });
  return Promise.all(
    admins.map(async (a) => {
      const services = await all(async (NextToken) => {
        const r = await call("organizations:ListDelegatedServicesForAccount", () => org.send(new ListDelegatedServicesForAccountCommand({ AccountId: a.Id, NextToken, MaxResults: 20 })));
        return { items: r.DelegatedServices, next: r.NextToken };
      });
      return { accountId: a.Id ?? "", name: a.Name ?? "", services: services.map((s) => s.ServicePrincipal ?? "") };
    }),
  );
}
