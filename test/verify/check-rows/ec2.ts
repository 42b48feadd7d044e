import type { IpPermission, SecurityGroup } from "@aws-sdk/client-ec2";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const sg = (id: string, ...perms: IpPermission[]): SecurityGroup => ({ GroupId: id, GroupName: id, IpPermissions: perms });
const world = (from: number, to = from, protocol = "tcp"): IpPermission => ({ IpProtocol: protocol, FromPort: from, ToPort: to, IpRanges: [{ CidrIp: "0.0.0.0/0" }] });
const groups = (list: SecurityGroup[]): FakeData => ({ ec2: { securityGroups: ok(list) } });
const arn = (id: string) => `arn:aws:ec2:eu-west-1:${ACCOUNT}:security-group/${id}`;

export default {
  rows: [
    { name: "no groups", check: "ec2.sg-open-data-ports", data: groups([]), status: "not-applicable" },
    { name: "SSH only and a private database", check: "ec2.sg-open-data-ports", data: groups([sg("sg-1", world(22)), sg("sg-2", { IpProtocol: "tcp", FromPort: 5432, ToPort: 5432, IpRanges: [{ CidrIp: "10.0.0.0/8" }] })]), status: "pass", resources: [arn("sg-1"), arn("sg-2")] },
    { name: "MySQL open", check: "ec2.sg-open-data-ports", data: groups([sg("sg-db", world(3306))]), status: "fail", detail: /sg-db \(MySQL\)/, resources: [arn("sg-db")] },
    { name: "SMB over IPv6", check: "ec2.sg-open-data-ports", data: groups([sg("sg-6", { IpProtocol: "tcp", FromPort: 445, ToPort: 445, Ipv6Ranges: [{ CidrIpv6: "::/0" }] })]), status: "fail", detail: /SMB/ },
    { name: "all traffic", check: "ec2.sg-open-data-ports", data: groups([sg("sg-all", world(0, 0, "-1"))]), status: "fail", detail: /LDAP/ },
    { name: "a wide port range", check: "ec2.sg-open-data-ports", data: groups([sg("sg-r", world(1000, 2000))]), status: "fail", detail: /SQL Server\/Oracle/ },
    { name: "groups unreadable", check: "ec2.sg-open-data-ports", data: { ec2: { securityGroups: denied("ec2:DescribeSecurityGroups") } }, status: "unknown", detail: /ec2:DescribeSecurityGroups/ },
  ],
} satisfies RowFile;
