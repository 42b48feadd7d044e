"""An ECR repository with immutable tags in the good member (the gap member's repository keeps mutable tags)."""


def seed(ctx):
    ctx.client("ecr", ctx.creds_for(ctx.good)).create_repository(repositoryName="app", imageTagMutability="IMMUTABLE")
