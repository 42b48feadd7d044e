"""Identity Center session lengths: the gap organization lets developers keep sessions for twelve hours."""


def seed(ctx):
    sso = ctx.client("sso-admin")
    instance = sso.list_instances()["Instances"][0]["InstanceArn"]
    sso.create_permission_set(Name="Developer", InstanceArn=instance, SessionDuration="PT2H" if ctx.good_org else "PT12H")
