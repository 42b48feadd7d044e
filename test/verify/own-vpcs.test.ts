import { describe, expect, it } from "vitest";
import type { SecurityGroup } from "@aws-sdk/client-ec2";
import { ownVpcs } from "../../src/verify/collect/ec2.js";
import { denied, ok } from "./fake-context.js";

const group = (GroupName: string, VpcId: string, OwnerId = "111122223333"): SecurityGroup => ({ GroupId: `sg-${GroupName}-${VpcId}`, GroupName, VpcId, OwnerId });

describe("the account's VPCs, from their default security groups", () => {
  it("names each VPC once, by its default group, and leaves out VPCs shared into the account", () => {
    const groups = [group("default", "vpc-b"), group("web", "vpc-b"), group("default", "vpc-a"), group("app", "vpc-shared"), group("default", "vpc-other", "999988887777")];
    expect(ownVpcs("111122223333", ok(groups, ["ec2:DescribeSecurityGroups"]))).toEqual(ok([{ VpcId: "vpc-a" }, { VpcId: "vpc-b" }], ["ec2:DescribeSecurityGroups"]));
  });

  it("cannot be read when the security groups cannot", () => {
    expect(ownVpcs("111122223333", denied("ec2:DescribeSecurityGroups"))).toEqual(denied("ec2:DescribeSecurityGroups"));
  });
});
