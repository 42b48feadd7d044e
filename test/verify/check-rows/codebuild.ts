import type { CodeBuildProject, SourceCredential } from "../../../src/verify/collect/workloads.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (name: string) => `arn:aws:codebuild:eu-west-1:${ACCOUNT}:project/${name}`;
const project = (name: string, variables: { name: string; type: string }[] = []): CodeBuildProject => ({ name, arn: arn(name), environment: { environmentVariables: variables } });
const projects = (...list: CodeBuildProject[]): FakeData => ({ codebuild: { projects: ok(list) } });
const credential = (authType: string, serverType = "GITHUB"): SourceCredential => ({ arn: `arn:aws:codebuild:eu-west-1:${ACCOUNT}:token/${serverType.toLowerCase()}-${authType.toLowerCase()}`, serverType, authType });
const credentials = (...list: SourceCredential[]): FakeData => ({ codebuild: { sourceCredentials: ok(list) } });
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

export default {
  rows: [
    row("codebuild.projects", "secrets from Parameter Store", projects(project("build", [{ name: "DB_PASSWORD", type: "PARAMETER_STORE" }, { name: "STAGE", type: "PLAINTEXT" }])), "pass", [arn("build")]),
    row("codebuild.projects", "a plaintext password", projects(project("legacy", [{ name: "DB_PASSWORD", type: "PLAINTEXT" }])), "fail", [arn("legacy")], /legacy/),
    row("codebuild.projects", "no projects", projects(), "not-applicable"),
    row("codebuild.projects", "projects unreadable", { codebuild: { projects: denied("codebuild:BatchGetProjects") } }, "unknown"),
    row("codebuild.privileged-mode", "unprivileged builds", projects(project("build"), { ...project("web"), environment: { privilegedMode: false } }), "pass", [arn("build"), arn("web")]),
    row("codebuild.privileged-mode", "a Docker build in privileged mode", projects(project("build"), { ...project("image"), environment: { privilegedMode: true } }), "fail", [arn("image")], /privileged mode: image/),
    row("codebuild.privileged-mode", "no projects", projects(), "not-applicable"),
    row("codebuild.privileged-mode", "projects unreadable", { codebuild: { projects: denied("codebuild:BatchGetProjects") } }, "unknown"),
    row("codebuild.source-credentials", "a CodeConnections connection", credentials(credential("CODECONNECTIONS")), "pass", [credential("CODECONNECTIONS").arn!]),
    row("codebuild.source-credentials", "a personal access token", credentials(credential("OAUTH", "BITBUCKET"), credential("PERSONAL_ACCESS_TOKEN")), "fail", [credential("PERSONAL_ACCESS_TOKEN").arn!], /GITHUB PERSONAL_ACCESS_TOKEN/),
    row("codebuild.source-credentials", "no stored credentials", credentials(), "not-applicable"),
    row("codebuild.source-credentials", "credentials unreadable", { codebuild: { sourceCredentials: denied("codebuild:ListSourceCredentials") } }, "unknown"),
  ],
} satisfies RowFile;
