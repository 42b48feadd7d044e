import { describe, expect, it } from "vitest";
import { iamEscalation } from "../helpers/validators/iam-escalation.js";
import { policyStatements } from "../helpers/validators/policy-documents.js";

// The scan that keeps every generated policy free of privilege escalation (it runs over every
// rendered profile in validate-profiles.test.ts): here it must catch planted grants in each format.

const tf = `
resource "aws_iam_role_policy" "bad_inline" {
  name = "x"
  role = aws_iam_role.x.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["logs:PutLogEvents", "iam:PassRole"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = ["iam:AttachUserPolicy"]
        Resource = "*"
        Condition = {
          ArnEquals = { "iam:PolicyARN" = "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV2" }
        }
      },
    ]
  })
}

data "aws_iam_policy_document" "bad_document" {
  statement {
    actions   = ["iam:Put*"]
    resources = ["*"]
  }
  statement {
    actions   = ["iam:CreatePolicyVersion"]
    resources = ["arn:\${local.partition}:iam::\${local.account_id}:policy/zero-trust-*"]
  }
}

locals {
  bad_permission_set = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", NotAction = ["iam:*"], Resource = "*" }]
  })
}
`;

const cfn = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: ssm.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub "arn:\${AWS::Partition}:iam::aws:policy/IAMFullAccess"
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [s3:PutBucketPolicy, s3:GetObject]
                Resource: "*"
              - Effect: Allow
                Action: s3:PutBucketPolicy
                Resource: !Sub "arn:\${AWS::Partition}:s3:::\${Bucket}"
`;

const scp = JSON.stringify({ Version: "2012-10-17", Statement: [{ Sid: "A", Effect: "Allow", Action: "iam:*", Resource: "*" }, { Sid: "D", Effect: "Deny", Action: "iam:*", Resource: "*" }] });

describe("IAM escalation scan", () => {
  it("reads statements from jsonencode literals, policy documents, CloudFormation and SCP JSON", async () => {
    const { statements } = await policyStatements(new Map([["terraform/modules/x/main.tf", tf], ["cloudformation/x/y.yaml", cfn], ["policies/scp/zt-x.json", scp]]));
    expect(statements.map((s) => `${s.path} ${s.at}`)).toEqual([
      "terraform/modules/x/main.tf data.aws_iam_policy_document.bad_document.statement[0]",
      "terraform/modules/x/main.tf data.aws_iam_policy_document.bad_document.statement[1]",
      "terraform/modules/x/main.tf locals.0.bad_permission_set.Statement[0]",
      "terraform/modules/x/main.tf resource.aws_iam_role_policy.bad_inline.0.policy.Statement[0]",
      "terraform/modules/x/main.tf resource.aws_iam_role_policy.bad_inline.0.policy.Statement[1]",
      "cloudformation/x/y.yaml Resources.Role.Properties.AssumeRolePolicyDocument.Statement[0]",
      "cloudformation/x/y.yaml Resources.Role.Properties.Policies.0.PolicyDocument.Statement[0]",
      "cloudformation/x/y.yaml Resources.Role.Properties.Policies.0.PolicyDocument.Statement[1]",
      "policies/scp/zt-x.json Statement[0]",
      "policies/scp/zt-x.json Statement[1]",
    ]);
  });

  it("flags escalation actions on * without a condition, and administrator policies outside the deploy roles", async () => {
    const r = await iamEscalation(new Map([["terraform/modules/x/main.tf", tf], ["cloudformation/x/y.yaml", cfn], ["policies/scp/zt-x.json", scp]]));
    expect(r.problems.map((p) => `${p.path}: ${p.message.replace(/ and \d+ more/, "")}`)).toEqual([
      'terraform/modules/x/main.tf: data.aws_iam_policy_document.bad_document.statement[0] allows iam:PutGroupPolicy, iam:PutRolePermissionsBoundary, iam:PutRolePolicy, iam:PutUserPermissionsBoundary, iam:PutUserPolicy on "*" without a condition',
      'terraform/modules/x/main.tf: locals.0.bad_permission_set.Statement[0] allows NotAction (every other action) on "*" without a condition',
      'terraform/modules/x/main.tf: resource.aws_iam_role_policy.bad_inline.0.policy.Statement[0] allows iam:PassRole on "*" without a condition',
      'cloudformation/x/y.yaml: Resources.Role.Properties.Policies.0.PolicyDocument.Statement[0] allows s3:PutBucketPolicy on "*" without a condition',
      'policies/scp/zt-x.json: Statement[0] allows iam:PassRole, iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile, iam:CreateServiceSpecificCredential on "*" without a condition',
      "cloudformation/x/y.yaml: attaches IAMFullAccess outside the deploy roles and the administrator permission set",
    ]);
  });
});
