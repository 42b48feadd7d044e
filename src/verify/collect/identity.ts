// Collectors for the identity pillar's services: IAM Identity Center (SSO Admin) and IAM Access Analyzer.
import { AccessAnalyzerClient, ListAnalyzersCommand } from "@aws-sdk/client-accessanalyzer";
import {
  DescribePermissionSetCommand,
  ListInstancesCommand,
  ListManagedPoliciesInPermissionSetCommand,
  ListPermissionSetsCommand,
  SSOAdminClient,
  type InstanceMetadata,
} from "@aws-sdk/client-sso-admin";
import type { ClientFactory } from "../aws/clients.js";
import type { Got } from "../types.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got } from "./fetch.js";

export interface PermissionSet {
  arn: string;
  name: string;
  managedPolicies: string[];
  /** ISO 8601 duration of the sessions it grants (AWS defaults to PT1H when unset). */
  sessionDuration?: string;
}

export async function collectSsoAdmin(clients: ClientFactory): Promise<{ instances: Got<InstanceMetadata[]>; permissionSets: Got<PermissionSet[]> }> {
  const sso = clients.get("ssoadmin", SSOAdminClient);
  const instances = await got(["sso-admin:ListInstances"], () =>
    all(async (NextToken) => {
      const r = await call("sso-admin:ListInstances", () => sso.send(new ListInstancesCommand({ NextToken, MaxResults: 100 })));
      return { items: r.Instances, next: r.NextToken };
    }),
  );
  if (!instances.ok) return { instances, permissionSets: { ok: false, calls: instances.calls, status: instances.status, reason: instances.reason } as Got<PermissionSet[]> };
  const instanceList = instances.value;
  const permissionSets = await got(["sso-admin:ListPermissionSets", "sso-admin:DescribePermissionSet", "sso-admin:ListManagedPoliciesInPermissionSet"], async (): Promise<PermissionSet[]> => {
    const out: PermissionSet[] = [];
    for (const instance of instanceList) {
      const arns = await all(async (NextToken) => {
        const r = await call("sso-admin:ListPermissionSets", () => sso.send(new ListPermissionSetsCommand({ InstanceArn: instance.InstanceArn, NextToken, MaxResults: 100 })));
        return { items: r.PermissionSets, next: r.NextToken };
      });
      out.push(
        ...(await mapLimit(arns, 4, async (arn) => {
          const d = await call("sso-admin:DescribePermissionSet", () => sso.send(new DescribePermissionSetCommand({ InstanceArn: instance.InstanceArn, PermissionSetArn: arn })));
          const policies = await call("sso-admin:ListManagedPoliciesInPermissionSet", () =>
            sso.send(new ListManagedPoliciesInPermissionSetCommand({ InstanceArn: instance.InstanceArn, PermissionSetArn: arn })),
          );
          return { arn, name: d.PermissionSet?.Name ?? arn, managedPolicies: (policies.AttachedManagedPolicies ?? []).map((p) => p.Arn ?? p.Name ?? ""), sessionDuration: d.PermissionSet?.SessionDuration };
        })),
      );
    }
    return out;
  });
  return { instances, permissionSets };
}

/** Access Analyzer's analyzers of every type (external and unused access, account or organization zone of trust). */
export async function collectAccessAnalyzer(clients: ClientFactory) {
  const aa = clients.get("accessanalyzer", AccessAnalyzerClient);
  const analyzers = await got(["access-analyzer:ListAnalyzers"], () =>
    all(async (nextToken) => {
      const r = await call("access-analyzer:ListAnalyzers", () => aa.send(new ListAnalyzersCommand({ nextToken, maxResults: 100 })));
      return { items: r.analyzers, next: r.nextToken };
    }),
  );
  return { analyzers };
}
