import type { ClientVpnEndpoint, Image, Instance, IpPermission, SecurityGroup, VerifiedAccessInstance } from "@aws-sdk/client-ec2";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const sg = (id: string, ...perms: IpPermission[]): SecurityGroup => ({ GroupId: id, GroupName: id, IpPermissions: perms });
const world = (from: number, to = from, protocol = "tcp"): IpPermission => ({ IpProtocol: protocol, FromPort: from, ToPort: to, IpRanges: [{ CidrIp: "0.0.0.0/0" }] });
const groups = (list: SecurityGroup[]): FakeData => ({ ec2: { securityGroups: ok(list) } });
const arn = (id: string) => `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/${id}`;

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
  ],
} satisfies RowFile;
