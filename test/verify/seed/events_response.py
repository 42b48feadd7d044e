"""Automated response: the good member sends Config violations to an SSM Automation runbook; the gap member runs a Config rule nothing responds to."""
import json


def seed(ctx):
    good = ctx.creds_for(ctx.good)
    ev = ctx.client("events", good)
    ev.put_rule(Name="config-violations", EventPattern=json.dumps({"source": ["aws.config"], "detail-type": ["Config Rules Compliance Change"]}), State="ENABLED")
    runbook = f"arn:aws:ssm:{ctx.region}:{ctx.good}:automation-definition/AWS-DisablePublicAccessForSecurityGroup:$DEFAULT"
    ev.put_targets(Rule="config-violations", Targets=[{"Id": "remediate", "Arn": runbook, "RoleArn": f"arn:aws:iam::{ctx.good}:role/app"}])
    ctx.client("config", ctx.creds_for(ctx.gap)).put_config_rule(ConfigRule={"ConfigRuleName": "ebs-encrypted", "Source": {"Owner": "AWS", "SourceIdentifier": "ENCRYPTED_VOLUMES"}})
