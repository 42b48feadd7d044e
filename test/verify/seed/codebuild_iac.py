"""IaC scanning in CodeBuild: the good member's plan build runs checkov; the management account deploys without a scanner."""

SPEC = "version: 0.2\nphases:\n  build:\n    commands:\n{}\n"
ENV = {"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0", "computeType": "BUILD_GENERAL1_SMALL"}


def project(cb, name, account, *commands):
    spec = SPEC.format("\n".join(f"      - {c}" for c in commands))
    cb.create_project(name=name, source={"type": "S3", "location": "src/infra.zip", "buildspec": spec}, artifacts={"type": "NO_ARTIFACTS"}, environment=ENV, serviceRole=f"arn:aws:iam::{account}:role/app")


def seed(ctx):
    project(ctx.client("codebuild", ctx.creds_for(ctx.good)), "iac-plan", ctx.good, "terraform init", "checkov -d . --quiet", "terraform plan")
    project(ctx.client("codebuild"), "iac-apply", ctx.management, "terraform init", "terraform apply -auto-approve")
