"""IAM principals for the identity checks: the good member grants narrowly and trusts named parties,
the gap member has an administrator role, open and unguarded trusts, and a CI role any repository can assume."""
import json

GH = "token.actions.githubusercontent.com"
VENDOR = "444455556666"  # an account outside the organization


def trust(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def allow(principal, action="sts:AssumeRole", condition=None):
    s = {"Effect": "Allow", "Principal": principal, "Action": action}
    if condition:
        s["Condition"] = condition
    return s


def seed(ctx):
    good = ctx.client("iam", ctx.creds_for(ctx.good))
    # A user without credentials and without administrator access (users-present still passes).
    good.create_user(UserName="auditor")
    good.put_user_policy(UserName="auditor", PolicyName="read", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "cloudtrail:LookupEvents", "Resource": "*"}]}))
    good.create_role(RoleName="deploy", AssumeRolePolicyDocument=trust(allow({"Federated": f"arn:aws:iam::{ctx.good}:oidc-provider/{GH}"}, "sts:AssumeRoleWithWebIdentity", {"StringEquals": {f"{GH}:aud": "sts.amazonaws.com", f"{GH}:sub": "repo:acme/infra:environment:prod"}})))
    good.create_role(RoleName="vendor-audit", AssumeRolePolicyDocument=trust(allow({"AWS": f"arn:aws:iam::{VENDOR}:root"}, condition={"StringEquals": {"sts:ExternalId": "acme-7f3a"}})))

    gap = ctx.client("iam", ctx.creds_for(ctx.gap))
    gap.create_role(RoleName="ci", AssumeRolePolicyDocument=trust(allow({"Federated": f"arn:aws:iam::{ctx.gap}:oidc-provider/{GH}"}, "sts:AssumeRoleWithWebIdentity", {"StringLike": {f"{GH}:sub": "repo:*"}})))
    gap.create_role(RoleName="vendor", AssumeRolePolicyDocument=trust(allow({"AWS": VENDOR})))
    gap.create_role(RoleName="anyone", AssumeRolePolicyDocument=trust(allow({"AWS": "*"})))
    gap.create_role(RoleName="ec2-admin", AssumeRolePolicyDocument=trust(allow({"Service": "ec2.amazonaws.com"})))
    gap.put_role_policy(RoleName="ec2-admin", PolicyName="all", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
