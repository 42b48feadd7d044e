// Collectors for the device pillar's services: SSM patching, Inspector, WorkSpaces, and the EC2 reads
// only device checks need (images, Verified Access), kept apart so they are asked only when those checks run.
import { DescribeImagesCommand, DescribeVerifiedAccessInstancesCommand, EC2Client, GetAllowedImagesSettingsCommand, GetInstanceMetadataDefaultsCommand } from "@aws-sdk/client-ec2";
import { BatchGetAccountStatusCommand, Inspector2Client, type AccountState } from "@aws-sdk/client-inspector2";
import { DescribeInstanceInformationCommand, DescribePatchBaselinesCommand, GetDocumentCommand, ListResourceComplianceSummariesCommand, SSMClient } from "@aws-sdk/client-ssm";
import { DescribeWorkspacesCommand, WorkSpacesClient } from "@aws-sdk/client-workspaces";
import type { ClientFactory } from "../aws/clients.js";
import { all, call, got, isNamed } from "./fetch.js";

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

/** Session Manager's regional preferences (the SSM-SessionManagerRunShell document's inputs). */
export interface SessionPreferences {
  s3BucketName?: string;
  cloudWatchLogGroupName?: string;
  kmsKeyId?: string;
}

/** What Systems Manager knows about instances and sessions to them: asked only in regions that run EC2 instances. */
export async function collectSsmInstances(clients: ClientFactory) {
  const ssm = clients.get("ssm", SSMClient);
  const [managedInstances, patchCompliance, sessionPreferences] = await Promise.all([
    got(["ssm:DescribeInstanceInformation"], () =>
      all(async (NextToken) => {
        const r = await call("ssm:DescribeInstanceInformation", () => ssm.send(new DescribeInstanceInformationCommand({ NextToken, MaxResults: 50 })));
        return { items: r.InstanceInformationList, next: r.NextToken };
      }),
    ),
    got(["ssm:ListResourceComplianceSummaries"], () =>
      all(async (NextToken) => {
        const r = await call("ssm:ListResourceComplianceSummaries", () =>
          ssm.send(new ListResourceComplianceSummariesCommand({ Filters: [{ Key: "ComplianceType", Values: ["Patch"], Type: "EQUAL" }], NextToken, MaxResults: 50 })),
        );
        return { items: r.ResourceComplianceSummaryItems, next: r.NextToken };
      }),
    ),
    got(["ssm:GetDocument"], async (): Promise<SessionPreferences | null> => {
      try {
        const r = await call("ssm:GetDocument", () => ssm.send(new GetDocumentCommand({ Name: "SSM-SessionManagerRunShell" })));
        return ((JSON.parse(r.Content ?? "{}") as { inputs?: SessionPreferences }).inputs ?? {}) as SessionPreferences;
      } catch (err) {
        // Until someone saves Session Manager preferences, the region has no such document.
        if (isNamed(err, "InvalidDocument")) return null;
        throw err;
      }
    }),
  ]);
  return { managedInstances, patchCompliance, sessionPreferences };
}

/** The account's own AMIs. */
export async function collectEc2Images(clients: ClientFactory) {
  const ec2 = clients.get("ec2", EC2Client);
  const ownImages = await got(["ec2:DescribeImages"], () =>
    all(async (NextToken) => {
      const r = await call("ec2:DescribeImages", () => ec2.send(new DescribeImagesCommand({ Owners: ["self"], NextToken, MaxResults: 1000 })));
      return { items: r.Images, next: r.NextToken };
    }),
  );
  return { ownImages };
}

/** Account settings that shape every new launch (Allowed AMIs, instance metadata defaults): asked only in regions that run EC2 instances. */
export async function collectLaunchDefaults(clients: ClientFactory) {
  const ec2 = clients.get("ec2", EC2Client);
  const [allowedImages, metadataDefaults] = await Promise.all([
    got(["ec2:GetAllowedImagesSettings"], async () => {
      const r = await call("ec2:GetAllowedImagesSettings", () => ec2.send(new GetAllowedImagesSettingsCommand({})));
      return { state: r.State ?? "disabled", criteria: r.ImageCriteria ?? [] };
    }),
    got(["ec2:GetInstanceMetadataDefaults"], async () => (await call("ec2:GetInstanceMetadataDefaults", () => ec2.send(new GetInstanceMetadataDefaultsCommand({})))).AccountLevel ?? {}),
  ]);
  return { allowedImages, metadataDefaults };
}

export async function collectVerifiedAccess(clients: ClientFactory) {
  const ec2 = clients.get("ec2", EC2Client);
  const instances = await got(["ec2:DescribeVerifiedAccessInstances"], () =>
    all(async (NextToken) => {
      const r = await call("ec2:DescribeVerifiedAccessInstances", () => ec2.send(new DescribeVerifiedAccessInstancesCommand({ NextToken, MaxResults: 200 })));
      return { items: r.VerifiedAccessInstances, next: r.NextToken };
    }),
  );
  return { instances };
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
