import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetCredentialReportCommand,
  GetPolicyVersionCommand,
  IAMClient,
  ListOpenIDConnectProvidersCommand,
  ListPoliciesCommand,
  ListSAMLProvidersCommand,
  type PasswordPolicy,
} from "@aws-sdk/client-iam";
import type { ClientFactory } from "../aws/clients.js";
import { parsePolicy, type Statement } from "../policy.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got, isNamed } from "./fetch.js";

/** One row of the IAM credential report; `<root_account>` is the root user. */
export type CredentialRow = Record<string, string>;

export interface LocalPolicy {
  arn: string;
  name: string;
  attachments: number;
  statements: Statement[];
}

export async function collectIam(clients: ClientFactory) {
  const iam = clients.get("iam", IAMClient);
  const [credentialReport, passwordPolicy, samlProviders, oidcProviders, localPolicies] = await Promise.all([
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
    got(["iam:ListPolicies", "iam:GetPolicyVersion"], async (): Promise<LocalPolicy[]> => {
      const policies = await all(async (Marker) => {
        const r = await call("iam:ListPolicies", () => iam.send(new ListPoliciesCommand({ Scope: "Local", OnlyAttached: true, Marker, MaxItems: 1000 })));
        return { items: r.Policies, next: r.IsTruncated ? r.Marker : undefined };
      });
      return mapLimit(policies, 4, async (p) => {
        const v = await call("iam:GetPolicyVersion", () => iam.send(new GetPolicyVersionCommand({ PolicyArn: p.Arn, VersionId: p.DefaultVersionId })));
        return { arn: p.Arn ?? "", name: p.PolicyName ?? "", attachments: p.AttachmentCount ?? 0, statements: parsePolicy(v.PolicyVersion?.Document) };
      });
    }),
  ]);
  return { credentialReport, passwordPolicy, samlProviders, oidcProviders, localPolicies };
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
