"""Organization governance: Control Tower's trusted access and a resource control policy in the good organization."""
import json


def seed(ctx):
    if not ctx.good_org:
        return
    ctx.org.enable_aws_service_access(ServicePrincipal="controltower.amazonaws.com")
    ctx.org.enable_policy_type(RootId=ctx.root, PolicyType="RESOURCE_CONTROL_POLICY")
    perimeter = {"Version": "2012-10-17", "Statement": [{"Sid": "Perimeter", "Effect": "Deny", "Principal": "*", "Action": ["s3:*", "kms:*"], "Resource": "*", "Condition": {"StringNotEqualsIfExists": {"aws:PrincipalOrgID": "o-placeholder"}, "BoolIfExists": {"aws:PrincipalIsAWSService": "false"}}}]}
    rcp = ctx.org.create_policy(Name="data-perimeter", Description="zt", Type="RESOURCE_CONTROL_POLICY", Content=json.dumps(perimeter))["Policy"]["PolicySummary"]["Id"]
    ctx.org.attach_policy(PolicyId=rcp, TargetId=ctx.root)
