import {
  DescribeClientVpnEndpointsCommand,
  DescribeFlowLogsCommand,
  DescribeInstancesCommand,
  DescribeNetworkAclsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  type Instance,
  type SecurityGroup,
} from "@aws-sdk/client-ec2";
import type { Got } from "../types.js";
import type { ClientFactory } from "../aws/clients.js";
import { all, call, got } from "./fetch.js";

export async function collectEc2(clients: ClientFactory) {
  const ec2 = clients.get("ec2", EC2Client);
  const [securityGroups, subnets, flowLogs, vpcEndpoints, ebsEncryptionByDefault, instances, clientVpnEndpoints, networkAcls, snapshotBlockPublicAccess] = await Promise.all([
    got(["ec2:DescribeSecurityGroups"], () =>
      all(async (NextToken) => {
        const r = await call("ec2:DescribeSecurityGroups", () => ec2.send(new DescribeSecurityGroupsCommand({ NextToken, MaxResults: 1000 })));
        return { items: r.SecurityGroups, next: r.NextToken };
      }),
    ),
    got(["ec2:DescribeSubnets"], () =>
      all(async (NextToken) => {
        // Subnets shared into the account (RAM) are the owner's to configure, as their VPCs are.
        const r = await call("ec2:DescribeSubnets", () => ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: "owner-id", Values: [clients.accountId] }], NextToken, MaxResults: 1000 })));
        return { items: r.Subnets, next: r.NextToken };
      }),
    ),
    got(["ec2:DescribeFlowLogs"], () =>
      all(async (NextToken) => {
        const r = await call("ec2:DescribeFlowLogs", () => ec2.send(new DescribeFlowLogsCommand({ NextToken, MaxResults: 1000 })));
        return { items: r.FlowLogs, next: r.NextToken };
      }),
    ),
    got(["ec2:DescribeVpcEndpoints"], () =>
      all(async (NextToken) => {
        const r = await call("ec2:DescribeVpcEndpoints", () => ec2.send(new DescribeVpcEndpointsCommand({ NextToken, MaxResults: 1000 })));
        return { items: r.VpcEndpoints, next: r.NextToken };
      }),
    ),
    got(["ec2:GetEbsEncryptionByDefault"], async () => (await call("ec2:GetEbsEncryptionByDefault", () => ec2.send(new GetEbsEncryptionByDefaultCommand({})))).EbsEncryptionByDefault === true),
    got(["ec2:DescribeInstances"], async (): Promise<Instance[]> => {
      const reservations = await all(async (NextToken) => {
        const r = await call("ec2:DescribeInstances", () => ec2.send(new DescribeInstancesCommand({ NextToken, MaxResults: 1000 })));
        return { items: r.Reservations, next: r.NextToken };
      });
      return reservations.flatMap((r) => r.Instances ?? []).filter((i) => i.State?.Name !== "terminated");
    }),
    got(["ec2:DescribeClientVpnEndpoints"], () =>
      all(async (NextToken) => {
        const r = await call("ec2:DescribeClientVpnEndpoints", () => ec2.send(new DescribeClientVpnEndpointsCommand({ NextToken, MaxResults: 1000 })));
        return { items: r.ClientVpnEndpoints, next: r.NextToken };
      }),
    ),
    got(["ec2:DescribeNetworkAcls"], () =>
      all(async (NextToken) => {
        const r = await call("ec2:DescribeNetworkAcls", () => ec2.send(new DescribeNetworkAclsCommand({ NextToken, MaxResults: 1000 })));
        return { items: r.NetworkAcls, next: r.NextToken };
      }),
    ),
    got(["ec2:GetSnapshotBlockPublicAccessState"], async () => (await call("ec2:GetSnapshotBlockPublicAccessState", () => ec2.send(new GetSnapshotBlockPublicAccessStateCommand({})))).State ?? "unblocked"),
  ]);
  return { securityGroups, vpcs: ownVpcs(clients.accountId, securityGroups), subnets, flowLogs, vpcEndpoints, ebsEncryptionByDefault, instances, clientVpnEndpoints, networkAcls, snapshotBlockPublicAccess };
}

/**
 * The account's own VPCs, from the security groups already read: every VPC has exactly one security
 * group named "default", which cannot be deleted. This saves DescribeVpcs in every account and region,
 * and leaves out VPCs shared into the account, whose flow logs and DNS settings belong to their owner.
 */
export function ownVpcs(accountId: string, securityGroups: Got<SecurityGroup[]>): Got<{ VpcId: string }[]> {
  if (!securityGroups.ok) return securityGroups;
  const ids = securityGroups.value.filter((g) => g.GroupName === "default" && g.OwnerId === accountId && g.VpcId).map((g) => g.VpcId!);
  return { ...securityGroups, value: [...new Set(ids)].sort().map((VpcId) => ({ VpcId })) };
}
