import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const vpcArn = (id: string) => `arn:aws:ec2:eu-west-1:${ACCOUNT}:vpc/${id}`;
const region = (vpcs: string[], logged: string[], guarded: string[]): FakeData => ({
  ec2: { vpcs: ok(vpcs.map((VpcId) => ({ VpcId }))) },
  route53resolver: {
    queryLogConfigs: ok([]),
    queryLogAssociations: ok(logged.map((ResourceId) => ({ ResourceId, Status: "ACTIVE" as const }))),
    firewallAssociations: ok(guarded.map((VpcId) => ({ VpcId, Status: "COMPLETE" as const }))),
  },
});

export default {
  rows: [
    { name: "no VPCs", check: "route53resolver.query-logging", data: region([], [], []), status: "not-applicable" },
    { name: "all logged", check: "route53resolver.query-logging", data: region(["vpc-1"], ["vpc-1"], []), status: "pass", resources: [vpcArn("vpc-1")] },
    { name: "one unlogged", check: "route53resolver.query-logging", data: region(["vpc-1", "vpc-2"], ["vpc-1"], []), status: "fail", detail: /vpc-2/, resources: [vpcArn("vpc-2")] },
    { name: "associations unreadable", check: "route53resolver.query-logging", data: { ...region(["vpc-1"], [], []), route53resolver: { queryLogConfigs: ok([]), queryLogAssociations: denied("route53resolver:ListResolverQueryLogConfigAssociations") } }, status: "unknown" },

    { name: "no VPCs", check: "route53resolver.dns-firewall", data: region([], [], []), status: "not-applicable" },
    { name: "all guarded", check: "route53resolver.dns-firewall", data: region(["vpc-1"], [], ["vpc-1"]), status: "pass", resources: [vpcArn("vpc-1")] },
    { name: "one unguarded", check: "route53resolver.dns-firewall", data: region(["vpc-1", "vpc-2"], [], ["vpc-2"]), status: "fail", detail: /vpc-1/, resources: [vpcArn("vpc-1")] },
    { name: "associations unreadable", check: "route53resolver.dns-firewall", data: { ...region(["vpc-1"], [], []), route53resolver: { firewallAssociations: denied("route53resolver:ListFirewallRuleGroupAssociations", "error") } }, status: "error" },
  ],
} satisfies RowFile;
