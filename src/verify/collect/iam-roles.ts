// IAM roles with their trust policies: a separate entry from collectIam, so only the checks that judge
// who may assume a role pay for ListRoles (one paginated call per account; IAM is global).
import { IAMClient, ListRolesCommand } from "@aws-sdk/client-iam";
import type { ClientFactory } from "../aws/clients.js";
import { parsePolicy, type Statement } from "../policy.js";
import { all, call, got } from "./fetch.js";

export interface TrustedRole {
  arn: string;
  name: string;
  trust: Statement[];
}

export async function collectIamRoles(clients: ClientFactory) {
  const iam = clients.get("iam", IAMClient);
  const roles = await got(["iam:ListRoles"], async (): Promise<TrustedRole[]> => {
    const list = await all(async (Marker) => {
      const r = await call("iam:ListRoles", () => iam.send(new ListRolesCommand({ Marker, MaxItems: 1000 })));
      return { items: r.Roles, next: r.IsTruncated ? r.Marker : undefined };
    });
    return list.map((r) => ({ arn: r.Arn ?? "", name: r.RoleName ?? "", trust: parsePolicy(r.AssumeRolePolicyDocument) }));
  });
  return { roles };
}
