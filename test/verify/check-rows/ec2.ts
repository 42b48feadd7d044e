import type { ClientVpnEndpoint, Image, Instance, IpPermission, NetworkAcl, NetworkAclEntry, SecurityGroup, VerifiedAccessInstance, VpcEndpoint } from "@aws-sdk/client-ec2";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { RowFile } from "./row.js";

const sg = (id: string, ...perms: IpPermission[]): SecurityGroup => ({ GroupId: id, GroupName: id, IpPermissions: perms });
const world = (from: number, to = from, protocol = "tcp"): IpPermission => ({ IpProtocol: protocol, FromPort: from, ToPort: to, IpRanges: [{ CidrIp: "0.0.0.0/0" }] });
const groups = (list: SecurityGroup[]): FakeData => ({ ec2: { securityGroups: ok(list) } });
const arn = (id: string) => `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/${id}`;
const ec2Arn = (kind: string, id: string) => `arn:aws:ec2:eu-west-1:${ACCOUNT}:${kind}/${id}`;
const entry = (RuleNumber: number, RuleAction: "allow" | "deny", Protocol: string, from?: number, to = from, CidrBlock = "0.0.0.0/0"): NetworkAclEntry => ({ RuleNumber, RuleAction, Protocol, Egress: false, CidrBlock, ...(from === undefined ? {} : { PortRange: { From: from, To: to } }) });
const acl = (id: string, ...Entries: NetworkAclEntry[]): NetworkAcl => ({ NetworkAclId: id, Entries: [...Entries, entry(32767, "deny", "-1")] });
const acls = (...list: NetworkAcl[]): FakeData => ({ ec2: { networkAcls: ok(list) } });
/** The default ACL: everything in, from anywhere. */
const DEFAULT_ACL = acl("acl-default", entry(100, "allow", "-1"));
const vpc = (id: string) => ({ VpcId: id });
const FULL_ACCESS = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }] });
const ORG_ONLY = JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } }] });
const endpoint = (id: string, PolicyDocument?: string, State: VpcEndpoint["State"] = "Available"): VpcEndpoint => ({ VpcEndpointId: id, ServiceName: `com.amazonaws.eu-west-1.${id.replace("vpce-", "")}`, PolicyDocument, State });

// Device checks: instances, images, remote access.
const instance = (id: string, extra: Partial<Instance> = {}): Instance => ({ InstanceId: id, State: { Name: "running" }, MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled" }, ...extra });
const instances = (list: Instance[]): FakeData => ({ ec2: { instances: ok(list) } });
const instanceArn = (id: string) => `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/${id}`;
const images = (list: Image[]): FakeData => ({ ec2Images: { ownImages: ok(list) } });
const allowedImages = (state: string, criteria: object[] = []): FakeData => ({ ec2: { instances: ok([instance("i-1")]) }, launchDefaults: { allowedImages: ok({ state, criteria }) } });
const imageArn = (id: string) => `arn:aws:ec2:eu-west-1::image/${id}`;
const vpn = (id: string, auth: string, logging: boolean): ClientVpnEndpoint => ({ ClientVpnEndpointId: id, AuthenticationOptions: [{ Type: auth as "federated-authentication" }], ConnectionLogOptions: { Enabled: logging } });
const va = (id: string, ...types: string[]): VerifiedAccessInstance => ({ VerifiedAccessInstanceId: id, VerifiedAccessTrustProviders: types.map((t, i) => ({ VerifiedAccessTrustProviderId: `vatp-${i}`, TrustProviderType: t as "user" })) });

export default {
  rows: [
    { name: "no groups", check: "ec2.sg-open-data-ports", data: groups([]), status: "not-applicable" },
    { name: "SSH only and a private database", check: "ec2.sg-open-data-ports", data: groups([sg("sg-1", world(22)), sg("sg-2", { IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: "10.0.0.0/8" }] })]), status: "pass", resources: [arn("sg-1"), arn("sg-2")] },
    { name: "MySQL open", check: "ec2.sg-open-data-ports", data: groups([sg("sg-db", world(3306))]), status: "fail", detail: /sg-db \(MySQL\)/, resources: [arn("sg-db")] },
    { name: "SMB over IPv6", check: "ec2.sg-open-data-ports", data: groups([sg("sg-6", { IpProtocol: "tcp", FromPort: 445, ToPort: 445, Ipv6Ranges: [{ CidrIpv6: "::/0" }] })]), status: "fail", detail: /SMB/ },
    { name: "all traffic", check: "ec2.sg-open-data-ports", data: groups([sg("sg-all", world(0, 0, "-1"))]), status: "fail", detail: /LDAP/ },
    { name: "a wide port range", check: "ec2.sg-open-data-ports", data: groups([sg("sg-r", world(1000, 2000))]), status: "fail", detail: /SQL Server\/Oracle/ },
    { name: "no instances", check: "ec2.imdsv2-required", data: instances([]), status: "not-applicable" },
    { name: "tokens required or endpoint off", check: "ec2.imdsv2-required", data: instances([instance("i-1"), instance("i-2", { MetadataOptions: { HttpTokens: "optional", HttpEndpoint: "disabled" } })]), status: "pass", resources: [instanceArn("i-1"), instanceArn("i-2")] },
    { name: "IMDSv1 accepted", check: "ec2.imdsv2-required", data: instances([instance("i-1"), instance("i-2", { MetadataOptions: { HttpTokens: "optional" } })]), status: "fail", resources: [instanceArn("i-2")] },
    { name: "unreadable", check: "ec2.imdsv2-required", data: { ec2: { instances: denied("ec2:DescribeInstances") } }, status: "unknown" },

    { name: "no endpoints", check: "ec2.client-vpn", data: { ec2: { clientVpnEndpoints: ok([]) } }, status: "not-applicable" },
    { name: "federated and logged", check: "ec2.client-vpn", data: { ec2: { clientVpnEndpoints: ok([vpn("cvpn-1", "federated-authentication", true)]) } }, status: "pass", resources: [`arn:aws:ec2:eu-west-1:${ACCOUNT}:client-vpn-endpoint/cvpn-1`] },
    { name: "certificates only", check: "ec2.client-vpn", data: { ec2: { clientVpnEndpoints: ok([vpn("cvpn-1", "certificate-authentication", true)]) } }, status: "fail" },
    { name: "not logged", check: "ec2.client-vpn", data: { ec2: { clientVpnEndpoints: ok([vpn("cvpn-1", "federated-authentication", false)]) } }, status: "fail" },
    { name: "unreadable", check: "ec2.client-vpn", data: { ec2: { clientVpnEndpoints: denied("ec2:DescribeClientVpnEndpoints") } }, status: "unknown" },

    { name: "no running instances", check: "ec2.imdsv2-default", data: instances([]), status: "not-applicable" },
    { name: "required by default", check: "ec2.imdsv2-default", data: { ec2: { instances: ok([instance("i-1")]) }, launchDefaults: { metadataDefaults: ok({ HttpTokens: "required" }) } }, status: "pass", resources: [`arn:aws:ec2:eu-west-1:${ACCOUNT}:instance-metadata-defaults`] },
    { name: "no account default", check: "ec2.imdsv2-default", data: { ec2: { instances: ok([instance("i-1")]) }, launchDefaults: { metadataDefaults: ok({}) } }, status: "fail", detail: /no preference/ },
    { name: "optional by default", check: "ec2.imdsv2-default", data: { ec2: { instances: ok([instance("i-1")]) }, launchDefaults: { metadataDefaults: ok({ HttpTokens: "optional" }) } }, status: "fail", detail: /optional/ },
    { name: "unreadable", check: "ec2.imdsv2-default", data: { ec2: { instances: ok([instance("i-1")]) }, launchDefaults: { metadataDefaults: denied("ec2:GetInstanceMetadataDefaults") } }, status: "unknown" },

    { name: "no own AMIs", check: "ec2.public-amis", data: images([]), status: "not-applicable" },
    { name: "private AMIs", check: "ec2.public-amis", data: images([{ ImageId: "ami-1", Public: false }]), status: "pass", resources: [imageArn("ami-1")] },
    { name: "a public AMI", check: "ec2.public-amis", data: images([{ ImageId: "ami-1", Public: false }, { ImageId: "ami-2", Name: "golden", Public: true }]), status: "fail", detail: /ami-2 \(golden\)/, resources: [imageArn("ami-2")] },
    { name: "unreadable", check: "ec2.public-amis", data: { ec2Images: { ownImages: denied("ec2:DescribeImages") } }, status: "unknown" },

    { name: "no running instances", check: "ec2.allowed-amis", data: instances([instance("i-1", { State: { Name: "stopped" } })]), status: "not-applicable" },
    { name: "enforced", check: "ec2.allowed-amis", data: allowedImages("enabled", [{ ImageProviders: ["amazon", "111122223333"] }]), status: "pass", detail: /amazon, 111122223333/ },
    { name: "audit mode", check: "ec2.allowed-amis", data: allowedImages("audit-mode", [{ ImageProviders: ["amazon"] }]), status: "fail", detail: /audit-mode/ },
    { name: "enabled without criteria", check: "ec2.allowed-amis", data: allowedImages("enabled"), status: "fail", detail: /without criteria/ },
    { name: "disabled", check: "ec2.allowed-amis", data: allowedImages("disabled"), status: "fail" },
    { name: "unreadable", check: "ec2.allowed-amis", data: { ec2: { instances: ok([instance("i-1")]) }, launchDefaults: { allowedImages: denied("ec2:GetAllowedImagesSettings") } }, status: "unknown" },

    { name: "no Verified Access", check: "ec2.verified-access-device-trust", data: { verifiedAccess: { instances: ok([]) } }, status: "not-applicable" },
    { name: "user and device trust", check: "ec2.verified-access-device-trust", data: { verifiedAccess: { instances: ok([va("vai-1", "user", "device")]) } }, status: "pass", resources: [`arn:aws:ec2:eu-west-1:${ACCOUNT}:verified-access-instance/vai-1`] },
    { name: "user trust only", check: "ec2.verified-access-device-trust", data: { verifiedAccess: { instances: ok([va("vai-1", "user", "device"), va("vai-2", "user")]) } }, status: "fail", detail: /vai-2/ },
    { name: "unreadable", check: "ec2.verified-access-device-trust", data: { verifiedAccess: { instances: denied("ec2:DescribeVerifiedAccessInstances") } }, status: "unknown" },

    { name: "only stopped instances", check: "ec2.public-instances", data: instances([instance("i-1", { State: { Name: "stopped" }, PublicIpAddress: "203.0.113.1" })]), status: "not-applicable" },
    { name: "private instances", check: "ec2.public-instances", data: instances([instance("i-1", { PrivateIpAddress: "10.0.0.1" })]), status: "pass", resources: [instanceArn("i-1")] },
    { name: "public IPv4", check: "ec2.public-instances", data: instances([instance("i-1"), instance("i-2", { PublicIpAddress: "203.0.113.7" })]), status: "fail", detail: /i-2 \(203\.0\.113\.7\)/, resources: [instanceArn("i-2")] },
    { name: "Elastic IP on an interface", check: "ec2.public-instances", data: instances([instance("i-3", { NetworkInterfaces: [{ Association: { PublicIp: "198.51.100.4" } }] })]), status: "fail" },
    { name: "unreadable", check: "ec2.public-instances", data: { ec2: { instances: denied("ec2:DescribeInstances") } }, status: "unknown" },

    { name: "groups unreadable", check: "ec2.sg-open-data-ports", data: { ec2: { securityGroups: denied("ec2:DescribeSecurityGroups") } }, status: "unknown", detail: /ec2:DescribeSecurityGroups/ },
    { name: "no groups", check: "ec2.sg-open-admin-ports", data: groups([]), status: "not-applicable" },
    { name: "HTTPS only", check: "ec2.sg-open-admin-ports", data: groups([sg("sg-web", world(443)), sg("sg-ssh", { IpProtocol: "tcp", FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: "10.0.0.0/8" }] })]), status: "pass", resources: [arn("sg-web"), arn("sg-ssh")] },
    { name: "RDP in a port range", check: "ec2.sg-open-admin-ports", data: groups([sg("sg-web", world(443)), sg("sg-rdp", world(3000, 4000))]), status: "fail", detail: /sg-rdp/, resources: [arn("sg-rdp")] },
    { name: "groups unreadable", check: "ec2.sg-open-admin-ports", data: { ec2: { securityGroups: denied("ec2:DescribeSecurityGroups") } }, status: "unknown" },

    { name: "no VPCs", check: "ec2.default-sg-restricted", data: groups([sg("sg-app", world(443))]), status: "not-applicable" },
    { name: "empty default groups", check: "ec2.default-sg-restricted", data: groups([{ GroupId: "sg-d", GroupName: "default", VpcId: "vpc-1", IpPermissions: [], IpPermissionsEgress: [] }]), status: "pass", resources: [arn("sg-d")] },
    { name: "default group with rules", check: "ec2.default-sg-restricted", data: groups([{ GroupId: "sg-d", GroupName: "default", VpcId: "vpc-1", IpPermissions: [{ IpProtocol: "-1", UserIdGroupPairs: [{ GroupId: "sg-d" }] }] }]), status: "fail", detail: /sg-d \(vpc-1\)/, resources: [arn("sg-d")] },
    { name: "groups unreadable", check: "ec2.default-sg-restricted", data: { ec2: { securityGroups: denied("ec2:DescribeSecurityGroups", "error") } }, status: "error" },

    { name: "no VPCs", check: "ec2.vpc-flow-logs", data: { ec2: { vpcs: ok([]), flowLogs: ok([]) } }, status: "not-applicable" },
    { name: "logged", check: "ec2.vpc-flow-logs", data: { ec2: { vpcs: ok([vpc("vpc-1")]), flowLogs: ok([{ ResourceId: "vpc-1", FlowLogStatus: "ACTIVE" }]) } }, status: "pass", resources: [ec2Arn("vpc", "vpc-1")] },
    { name: "one VPC unlogged", check: "ec2.vpc-flow-logs", data: { ec2: { vpcs: ok([vpc("vpc-1"), vpc("vpc-2")]), flowLogs: ok([{ ResourceId: "vpc-1" }]) } }, status: "fail", detail: /vpc-2/, resources: [ec2Arn("vpc", "vpc-2")] },
    { name: "flow logs unreadable", check: "ec2.vpc-flow-logs", data: { ec2: { vpcs: ok([vpc("vpc-1")]), flowLogs: denied("ec2:DescribeFlowLogs") } }, status: "unknown" },

    { name: "no VPCs", check: "ec2.vpc-endpoints", data: { ec2: { vpcs: ok([]), vpcEndpoints: ok([]) } }, status: "not-applicable" },
    { name: "an S3 endpoint", check: "ec2.vpc-endpoints", data: { ec2: { vpcs: ok([vpc("vpc-1")]), vpcEndpoints: ok([endpoint("vpce-s3", FULL_ACCESS)]) } }, status: "pass", resources: [ec2Arn("vpc-endpoint", "vpce-s3")] },
    { name: "workloads, VPCs and only a deleted endpoint", check: "ec2.vpc-endpoints", data: place(HOLDING.instance, { ec2: { vpcs: ok([vpc("vpc-1")]), vpcEndpoints: ok([endpoint("vpce-s3", FULL_ACCESS, "Deleted")]) } }), status: "fail", resources: [ec2Arn("vpc", "vpc-1")] },
    { name: "an empty default VPC", check: "ec2.vpc-endpoints", data: place({ ec2: { vpcs: ok([vpc("vpc-1")]), vpcEndpoints: ok([]) } }), status: "not-applicable", detail: /no workload/ },
    { name: "endpoints unreadable", check: "ec2.vpc-endpoints", data: { ec2: { vpcs: ok([vpc("vpc-1")]), vpcEndpoints: denied("ec2:DescribeVpcEndpoints") } }, status: "unknown" },

    { name: "no VPCs", check: "ec2.vpc-multi-az", data: { ec2: { vpcs: ok([]), subnets: ok([]) } }, status: "not-applicable" },
    { name: "two zones", check: "ec2.vpc-multi-az", data: { ec2: { vpcs: ok([vpc("vpc-1")]), subnets: ok([{ VpcId: "vpc-1", AvailabilityZone: "eu-west-1a" }, { VpcId: "vpc-1", AvailabilityZone: "eu-west-1b" }]) } }, status: "pass", resources: [ec2Arn("vpc", "vpc-1")] },
    { name: "one zone", check: "ec2.vpc-multi-az", data: { ec2: { vpcs: ok([vpc("vpc-1")]), subnets: ok([{ VpcId: "vpc-1", AvailabilityZone: "eu-west-1a" }]) } }, status: "fail", detail: /vpc-1 \(1 AZ\)/, resources: [ec2Arn("vpc", "vpc-1")] },
    { name: "subnets unreadable", check: "ec2.vpc-multi-az", data: { ec2: { vpcs: ok([vpc("vpc-1")]), subnets: denied("ec2:DescribeSubnets") } }, status: "unknown" },

    { name: "no ACLs", check: "ec2.nacl-open-admin-ports", data: acls(), status: "not-applicable" },
    { name: "SSH denied ahead of the allow-all", check: "ec2.nacl-open-admin-ports", data: acls(acl("acl-1", entry(90, "deny", "6", 22), entry(91, "deny", "6", 3389), entry(100, "allow", "-1")), acl("acl-2", entry(100, "allow", "6", 443))), status: "pass", resources: [ec2Arn("network-acl", "acl-1"), ec2Arn("network-acl", "acl-2")] },
    { name: "SSH only from the office", check: "ec2.nacl-open-admin-ports", data: acls(acl("acl-1", entry(100, "allow", "6", 22, 22, "203.0.113.0/24"))), status: "pass", resources: [ec2Arn("network-acl", "acl-1")] },
    { name: "the default ACL", check: "ec2.nacl-open-admin-ports", data: acls(DEFAULT_ACL), status: "fail", detail: /acl-default/, resources: [ec2Arn("network-acl", "acl-default")] },
    { name: "deny after the allow", check: "ec2.nacl-open-admin-ports", data: acls(acl("acl-1", entry(100, "allow", "6", 0, 65535), entry(200, "deny", "6", 22))), status: "fail", resources: [ec2Arn("network-acl", "acl-1")] },
    { name: "ACLs unreadable", check: "ec2.nacl-open-admin-ports", data: { ec2: { networkAcls: denied("ec2:DescribeNetworkAcls") } }, status: "unknown" },

    { name: "no ACLs", check: "ec2.nacl-open-data-ports", data: acls(), status: "not-applicable" },
    { name: "web ports only", check: "ec2.nacl-open-data-ports", data: acls(acl("acl-1", entry(100, "allow", "6", 443), entry(110, "allow", "6", 8080))), status: "pass", resources: [ec2Arn("network-acl", "acl-1")] },
    { name: "ephemeral range covers databases", check: "ec2.nacl-open-data-ports", data: acls(acl("acl-1", entry(100, "allow", "6", 1024, 65535))), status: "fail", detail: /MySQL/, resources: [ec2Arn("network-acl", "acl-1")] },
    { name: "ACLs unreadable", check: "ec2.nacl-open-data-ports", data: { ec2: { networkAcls: denied("ec2:DescribeNetworkAcls", "error") } }, status: "error" },

    { name: "no endpoints", check: "ec2.vpc-endpoint-policies", data: { ec2: { vpcEndpoints: ok([endpoint("vpce-gwlb")]) } }, status: "not-applicable" },
    { name: "organization-only policy", check: "ec2.vpc-endpoint-policies", data: { ec2: { vpcEndpoints: ok([endpoint("vpce-s3", ORG_ONLY)]) } }, status: "pass", resources: [ec2Arn("vpc-endpoint", "vpce-s3")] },
    { name: "default full access", check: "ec2.vpc-endpoint-policies", data: { ec2: { vpcEndpoints: ok([endpoint("vpce-s3", ORG_ONLY), endpoint("vpce-kms", FULL_ACCESS)]) } }, status: "fail", detail: /vpce-kms \(kms\)/, resources: [ec2Arn("vpc-endpoint", "vpce-kms")] },
    { name: "endpoints unreadable", check: "ec2.vpc-endpoint-policies", data: { ec2: { vpcEndpoints: denied("ec2:DescribeVpcEndpoints") } }, status: "unknown" },
    { name: "block all sharing", check: "ec2.snapshot-block-public-access", data: { ec2: { snapshotBlockPublicAccess: ok("block-all-sharing") } }, status: "pass", resources: [`arn:aws:ec2:eu-west-1:${ACCOUNT}:snapshot-block-public-access`] },
    { name: "new sharing only", check: "ec2.snapshot-block-public-access", data: { ec2: { snapshotBlockPublicAccess: ok("block-new-sharing") } }, status: "fail", detail: /shared publicly before stay public/ },
    { name: "unblocked", check: "ec2.snapshot-block-public-access", data: { ec2: { snapshotBlockPublicAccess: ok("unblocked") } }, status: "fail", detail: /any snapshot/ },
    { name: "state unreadable", check: "ec2.snapshot-block-public-access", data: { ec2: { snapshotBlockPublicAccess: denied("ec2:GetSnapshotBlockPublicAccessState") } }, status: "unknown" },

    { name: "no subnets", check: "ec2.subnet-public-ips", data: { ec2: { subnets: ok([]) } }, status: "not-applicable" },
    { name: "private subnets", check: "ec2.subnet-public-ips", data: { ec2: { subnets: ok([{ SubnetId: "subnet-1", VpcId: "vpc-1", MapPublicIpOnLaunch: false }]) } }, status: "pass", resources: [ec2Arn("subnet", "subnet-1")] },
    { name: "a default subnet", check: "ec2.subnet-public-ips", data: { ec2: { subnets: ok([{ SubnetId: "subnet-1", VpcId: "vpc-1", MapPublicIpOnLaunch: false }, { SubnetId: "subnet-2", VpcId: "vpc-d", MapPublicIpOnLaunch: true }]) } }, status: "fail", detail: /subnet-2 \(vpc-d\)/, resources: [ec2Arn("subnet", "subnet-2")] },
    { name: "subnets unreadable", check: "ec2.subnet-public-ips", data: { ec2: { subnets: denied("ec2:DescribeSubnets") } }, status: "unknown" },
  ],
  alwaysApplicable: {
    "ec2.snapshot-block-public-access": "every account and Region has a snapshot block-public-access state, unblocked by default",
  },
} satisfies RowFile;
