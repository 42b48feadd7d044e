// Collectors for the device pillar's services: SSM patching, Inspector, WorkSpaces.
import { BatchGetAccountStatusCommand, Inspector2Client, type AccountState } from "@aws-sdk/client-inspector2";
import { DescribePatchBaselinesCommand, SSMClient } from "@aws-sdk/client-ssm";
import { DescribeWorkspacesCommand, WorkSpacesClient } from "@aws-sdk/client-workspaces";
import type { ClientFactory } from "../aws/clients.js";
import { all, call, got } from "./fetch.js";

export async function collectSsm(clients: ClientFactory) {
  const ssm = clients.get("ssm", SSMClient);
  const customPatchBaselines = await got(["ssm:DescribePatchBaselines"], () =>
    all(async (NextToken) => {
      const r = await call("ssm:DescribePatchBaselines", () => ssm.send(new DescribePatchBaselinesCommand({ Filters: [{ Key: "OWNER", Values: ["Self"] }], NextToken, MaxResults: 100 })));
      return { items: r.BaselineIdentities, next: r.NextToken };
    }),
  );
  return { customPatchBaselines };
}

export async function collectInspector2(clients: ClientFactory) {
  const inspector = clients.get("inspector2", Inspector2Client);
  const accountStatus = await got(["inspector2:BatchGetAccountStatus"], async (): Promise<AccountState | null> => {
    const r = await call("inspector2:BatchGetAccountStatus", () => inspector.send(new BatchGetAccountStatusCommand({ accountIds: [clients.accountId] })));
    return r.accounts?.find((a) => a.accountId === clients.accountId) ?? r.accounts?.[0] ?? null;
  });
  return { accountStatus };
}

export async function collectWorkspaces(clients: ClientFactory) {
  const ws = clients.get("workspaces", WorkSpacesClient);
  const workspaces = await got(["workspaces:DescribeWorkspaces"], () =>
    all(async (NextToken) => {
      const r = await call("workspaces:DescribeWorkspaces", () => ws.send(new DescribeWorkspacesCommand({ NextToken, Limit: 25 })));
      return { items: r.Workspaces, next: r.NextToken };
    }),
  );
  return { workspaces };
}
