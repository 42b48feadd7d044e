"""Identity Center in the gap organization: developers get administrator access in twelve-hour sessions."""


def seed(ctx):
    sso = ctx.client("sso-admin")
    instance = sso.list_instances()["Instances"][0]["InstanceArn"]
    if ctx.good_org:
        sso.create_permission_set(Name="Developer", InstanceArn=instance, SessionDuration="PT2H")
        return
    dev = sso.create_permission_set(Name="Developer", InstanceArn=instance, SessionDuration="PT12H")["PermissionSet"]["PermissionSetArn"]
    sso.attach_managed_policy_to_permission_set(InstanceArn=instance, PermissionSetArn=dev, ManagedPolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
