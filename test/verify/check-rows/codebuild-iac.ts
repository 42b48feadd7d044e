// codebuild.iac-scanning (automation pillar); codebuild.ts holds the workload pillar's CodeBuild rows.
import type { CodeBuildProject } from "../../../src/verify/collect/workloads.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const arn = (name: string) => `arn:aws:codebuild:eu-west-1:${ACCOUNT}:project/${name}`;
const project = (name: string, buildspec?: string): CodeBuildProject => ({ name, arn: arn(name), source: { type: "CODEPIPELINE", ...(buildspec ? { buildspec } : {}) } });
const projects = (...list: CodeBuildProject[]): FakeData => ({ codebuild: { projects: ok(list) } });
const spec = (...commands: string[]) => `version: 0.2\nphases:\n  build:\n    commands:\n${commands.map((c) => `      - ${c}`).join("\n")}\n`;

export default {
  rows: [
    { name: "checkov in the plan build", check: "codebuild.iac-scanning", data: projects(project("plan", spec("terraform init", "checkov -d .")), project("app", "buildspec.yml")), status: "pass", resources: [arn("plan")] },
    { name: "inline buildspecs without a scanner", check: "codebuild.iac-scanning", data: projects(project("deploy", spec("terraform apply -auto-approve"))), status: "fail", resources: [arn("deploy")] },
    { name: "buildspecs in the repository", check: "codebuild.iac-scanning", data: projects(project("deploy", spec("cdk deploy")), project("app")), status: "unknown", detail: /source repository/ },
    { name: "no projects", check: "codebuild.iac-scanning", data: projects(), status: "not-applicable" },
    { name: "projects unreadable", check: "codebuild.iac-scanning", data: { codebuild: { projects: denied("codebuild:BatchGetProjects") } }, status: "unknown" },
  ],
} satisfies RowFile;
