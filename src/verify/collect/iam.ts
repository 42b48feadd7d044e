import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  ListVirtualMFADevicesCommand,
  type AttachedPolicy,
  type GetAccountAuthorizationDetailsCommandOutput,
  type PasswordPolicy,
} from "@aws-sdk/client-iam";
import type { ClientFactory } from "../aws/clients.js";
import type { Got } from "../types.js";
import { parsePolicy, type Statement } from "../policy.js";
import { all, call, got, isNamed } from "./fetch.js";

/** One row of the IAM credential report; `<root_account>` is the root user. */
export type CredentialRow = Record<string, string>;

export interface LocalPolicy {
  arn: string;
  name: string;
  attachments: number;
  statements: Statement[];
}

/** A policy that applies to a principal: inline or managed, directly or through a group. */
export interface Grant {
  /** How it applies, for details: "inline ops", "AdministratorAccess", "group devs: inline all". */
  via: string;
  /** The managed policy's ARN (AWS managed ones carry no statements here: they are named by ARN). */
  arn?: string;
  statements: Statement[];
}

export interface IamUser {
  name: string;
  arn: string;
  grants: Grant[];
  /** The permissions boundary's ARN: it caps whatever the grants allow. */
  boundary?: string;
}

export interface IamRole extends IamUser {
  path: string;
  trust: Statement[];
  created?: Date;
  /** When the role was last assumed (IAM tracks about 400 days back); undefined if never within that time. */
  lastUsed?: Date;
}

/** Users (with their groups' policies folded in), roles and customer managed policies: one GetAccountAuthorizationDetails walk. */
export interface Authorization {
  users: IamUser[];
  roles: IamRole[];
  /** Every customer managed policy, attached or not. */
  policies: LocalPolicy[];
}

export interface VirtualMfaDevice {
  serial: string;
  /** The ARN of the user it is assigned to (`arn:aws:iam::<id>:root` for the root user), if any. */
  user?: string;
}

export async function collectIam(clients: ClientFactory) {
  const iam = clients.get("iam", IAMClient);
  const [credentialReport, passwordPolicy, samlProviders, oidcProviders, authorization] = await Promise.all([
    got(["iam:GenerateCredentialReport", "iam:GetCredentialReport"], () => credentialReportRows(iam)),
    got(["iam:GetAccountPasswordPolicy"], async (): Promise<PasswordPolicy | null> => {
      try {
        return (await call("iam:GetAccountPasswordPolicy", () => iam.send(new GetAccountPasswordPolicyCommand({})))).PasswordPolicy ?? null;
      } catch (err) {
        if (isNamed(err, "NoSuchEntity", "NoSuchEntityException")) return null;
        throw err;
      }
    }),
    got(["iam:ListSAMLProviders"], async () => ((await call("iam:ListSAMLProviders", () => iam.send(new ListSAMLProvidersCommand({})))).SAMLProviderList ?? []).map((p) => p.Arn ?? "")),
    got(["iam:ListOpenIDConnectProviders"], async () =>
      ((await call("iam:ListOpenIDConnectProviders", () => iam.send(new ListOpenIDConnectProvidersCommand({})))).OpenIDConnectProviderList ?? []).map((p) => p.Arn ?? ""),
    ),
    got(["iam:GetAccountAuthorizationDetails"], async () => {
      const pages = await all(async (Marker) => {
        const r = await call("iam:GetAccountAuthorizationDetails", () =>
          iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ["User", "Group", "Role", "LocalManagedPolicy"], Marker, MaxItems: 1000 })),
        );
        return { items: [r], next: r.IsTruncated ? r.Marker : undefined };
      });
      return authorizationFrom(pages);
    }),
  ]);
  // The attached customer managed policies, as the policy checks read them, from the same walk.
  const localPolicies: Got<LocalPolicy[]> = authorization.ok ? { ...authorization, value: authorization.value.policies.filter((p) => p.attachments > 0) } : authorization;
  return { credentialReport, passwordPolicy, samlProviders, oidcProviders, authorization, localPolicies };
}

/** Assigned virtual MFA devices: asked only when a root user has MFA and the question is which kind. */
export async function collectIamVirtualMfa(clients: ClientFactory) {
  const iam = clients.get("iam", IAMClient);
  const devices = await got(["iam:ListVirtualMFADevices"], () =>
    all(async (Marker) => {
      const r = await call("iam:ListVirtualMFADevices", () => iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Assigned", Marker, MaxItems: 1000 })));
      return { items: (r.VirtualMFADevices ?? []).map((d): VirtualMfaDevice => ({ serial: d.SerialNumber ?? "", user: d.User?.Arn })), next: r.IsTruncated ? r.Marker : undefined };
    }),
  );
  return { devices };
}

/** Resolves the pages of GetAccountAuthorizationDetails into principals with every policy that applies to them. */
export function authorizationFrom(pages: GetAccountAuthorizationDetailsCommandOutput[]): Authorization {
  const policies: LocalPolicy[] = pages.flatMap((p) => p.Policies ?? []).map((p) => {
    const arn = p.Arn ?? "";
    const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ?? p.PolicyVersionList?.[0];
    return { arn, name: p.PolicyName ?? arn.split("/").pop() ?? arn, attachments: p.AttachmentCount ?? 0, statements: parsePolicy(version?.Document) };
  });
  const byArn = new Map(policies.map((p) => [p.arn, p]));
  const managed = (list: AttachedPolicy[] | undefined, prefix = ""): Grant[] =>
    (list ?? []).map((a) => ({ via: `${prefix}${a.PolicyName ?? a.PolicyArn ?? ""}`, arn: a.PolicyArn, statements: byArn.get(a.PolicyArn ?? "")?.statements ?? [] }));
  const inline = (list: { PolicyName?: string; PolicyDocument?: string }[] | undefined, prefix = ""): Grant[] =>
    (list ?? []).map((p) => ({ via: `${prefix}inline ${p.PolicyName ?? ""}`, statements: parsePolicy(p.PolicyDocument) }));
  const groups = new Map(
    pages.flatMap((p) => p.GroupDetailList ?? []).map((g) => [g.GroupName ?? "", [...inline(g.GroupPolicyList, `group ${g.GroupName}: `), ...managed(g.AttachedManagedPolicies, `group ${g.GroupName}: `)]]),
  );
  const users: IamUser[] = pages.flatMap((p) => p.UserDetailList ?? []).map((u) => ({
    name: u.UserName ?? "",
    arn: u.Arn ?? "",
    grants: [...inline(u.UserPolicyList), ...managed(u.AttachedManagedPolicies), ...(u.GroupList ?? []).flatMap((g) => groups.get(g) ?? [])],
    boundary: u.PermissionsBoundary?.PermissionsBoundaryArn,
  }));
  const roles: IamRole[] = pages.flatMap((p) => p.RoleDetailList ?? []).map((r) => ({
    name: r.RoleName ?? "",
    arn: r.Arn ?? "",
    path: r.Path ?? "/",
    trust: parsePolicy(r.AssumeRolePolicyDocument),
    created: r.CreateDate,
    lastUsed: r.RoleLastUsed?.LastUsedDate,
    grants: [...inline(r.RolePolicyList), ...managed(r.AttachedManagedPolicies)],
    boundary: r.PermissionsBoundary?.PermissionsBoundaryArn,
  }));
  return { users, roles, policies };
}

async function credentialReportRows(iam: IAMClient): Promise<CredentialRow[]> {
  // The report is generated asynchronously. GenerateCredentialReport answers COMPLETE when a report
  // under four hours old exists (IAM then serves that one); otherwise it starts one, and
  // GetCredentialReport answers ReportInProgress until it is ready: wait and ask again. Asking for
  // the report itself (not generating again) is what tells when it is ready, one call per wait.
  const state = (await call("iam:GenerateCredentialReport", () => iam.send(new GenerateCredentialReportCommand({})))).State;
  for (let i = 0; ; i++) {
    if (state !== "COMPLETE" || i > 0) await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** i)));
    try {
      const report = await call("iam:GetCredentialReport", () => iam.send(new GetCredentialReportCommand({})));
      return parseCsv(Buffer.from(report.Content ?? new Uint8Array()).toString("utf8"));
    } catch (err) {
      if (i >= 19 || !isNamed(err, "CredentialReportNotReadyException", "ReportInProgress")) throw err;
    }
  }
}

/** The credential report is plain CSV without quoting (no field contains a comma). */
export function parseCsv(text: string): CredentialRow[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  if (!header) return [];
  const keys = header.split(",");
  return lines.filter(Boolean).map((line) => Object.fromEntries(line.split(",").map((v, i) => [keys[i] ?? `col${i}`, v])));
}
