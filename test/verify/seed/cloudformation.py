"""CloudFormation: a stack in each seeded member (moto never drift-checks one), an organization StackSet in the good organization."""
import json

TEMPLATE = json.dumps({"Resources": {"Handle": {"Type": "AWS::CloudFormation::WaitConditionHandle"}}})


def seed(ctx):
    for account in (ctx.good, ctx.gap):
        ctx.client("cloudformation", ctx.creds_for(account)).create_stack(StackName="baseline", TemplateBody=TEMPLATE)
    if ctx.good_org:
        ctx.client("cloudformation").create_stack_set(StackSetName="account-baseline", TemplateBody=TEMPLATE, PermissionModel="SERVICE_MANAGED", AutoDeployment={"Enabled": True, "RetainStacksOnAccountRemoval": False})
