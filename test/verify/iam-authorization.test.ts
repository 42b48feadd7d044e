import { describe, expect, it } from "vitest";
import { authorizationFrom } from "../../src/verify/collect/iam.js";

// AWS URL-encodes every policy document in GetAccountAuthorizationDetails; moto does not.
const encoded = (...Statement: object[]) => encodeURIComponent(JSON.stringify({ Version: "2012-10-17", Statement }));

describe("IAM account authorization details", () => {
  it("folds group policies into users, resolves attached customer policies and reads encoded documents", () => {
    const auth = authorizationFrom([
      {
        $metadata: {},
        UserDetailList: [{ UserName: "ann", Arn: "arn:aws:iam::1:user/ann", GroupList: ["ops"], UserPolicyList: [{ PolicyName: "own", PolicyDocument: encoded({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }) }] }],
        GroupDetailList: [{ GroupName: "ops", AttachedManagedPolicies: [{ PolicyName: "AdministratorAccess", PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }] }],
        RoleDetailList: [],
        Policies: [],
        IsTruncated: true,
        Marker: "m",
      },
      {
        $metadata: {},
        RoleDetailList: [
          {
            RoleName: "app",
            Arn: "arn:aws:iam::1:role/app",
            Path: "/",
            AssumeRolePolicyDocument: encoded({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }),
            AttachedManagedPolicies: [{ PolicyName: "all", PolicyArn: "arn:aws:iam::1:policy/all" }],
            PermissionsBoundary: { PermissionsBoundaryArn: "arn:aws:iam::1:policy/cap", PermissionsBoundaryType: "PermissionsBoundaryPolicy" },
            RoleLastUsed: { LastUsedDate: new Date("2026-01-01T00:00:00Z") },
          },
        ],
        // moto leaves PolicyName out: the name comes from the ARN.
        Policies: [
          { Arn: "arn:aws:iam::1:policy/all", AttachmentCount: 1, PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: false, Document: encoded({ Effect: "Deny", Action: "*", Resource: "*" }) }, { VersionId: "v2", IsDefaultVersion: true, Document: encoded({ Effect: "Allow", Action: "*", Resource: "*" }) }] },
          { PolicyName: "unused", Arn: "arn:aws:iam::1:policy/unused", AttachmentCount: 0, PolicyVersionList: [{ VersionId: "v1", IsDefaultVersion: true, Document: encoded({ Effect: "Allow", Action: "s3:*", Resource: "*" }) }] },
        ],
      },
    ]);
    expect(auth.users[0]!.grants.map((g) => g.via)).toEqual(["inline own", "group ops: AdministratorAccess"]);
    expect(auth.users[0]!.grants[0]!.statements[0]).toMatchObject({ Effect: "Allow", Action: ["s3:GetObject"] });
    const role = auth.roles[0]!;
    expect(role.trust[0]).toMatchObject({ Principal: { Service: "ec2.amazonaws.com" } });
    expect(role.grants[0]).toMatchObject({ via: "all", arn: "arn:aws:iam::1:policy/all", statements: [{ Effect: "Allow", Action: ["*"] }] });
    expect(role).toMatchObject({ boundary: "arn:aws:iam::1:policy/cap", lastUsed: new Date("2026-01-01T00:00:00Z") });
    expect(auth.policies.map((p) => [p.name, p.attachments])).toEqual([["all", 1], ["unused", 0]]);
  });
});
