import type { Repository } from "@aws-sdk/client-ecr";
import { parsePolicy } from "../../../src/verify/policy.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (name: string) => `arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/${name}`;
const repo = (name: string, extra: Partial<Repository> = {}): Repository => ({ repositoryName: name, repositoryArn: arn(name), imageTagMutability: "IMMUTABLE", imageScanningConfiguration: { scanOnPush: true }, ...extra });
const registry = (repos: Repository[], scanType: "BASIC" | "ENHANCED" = "BASIC"): FakeData => ({ ecr: { registryScanning: ok({ scanType, rules: [] }), repositories: ok(repos) } });
const withPolicies = (...entries: [string, object | null][]): FakeData => ({
  ecr: { repositoryPolicies: ok(entries.map(([name, statement]) => ({ name, arn: arn(name), policy: statement ? parsePolicy(JSON.stringify({ Statement: [statement] })) : [] }))) },
});
const pull = (Principal: unknown, Condition?: object) => ({ Effect: "Allow", Principal, Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], ...(Condition ? { Condition } : {}) });
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

export default {
  rows: [
    row("ecr.scan-on-push", "enhanced registry scanning", registry([repo("app")], "ENHANCED"), "pass", [`arn:aws:ecr:eu-west-1:${ACCOUNT}:registry`]),
    row("ecr.scan-on-push", "every repository scans on push", registry([repo("app")]), "pass", [arn("app")]),
    row("ecr.scan-on-push", "a repository without scanning", registry([repo("app"), repo("old", { imageScanningConfiguration: { scanOnPush: false } })]), "fail", [arn("old")], /old/),
    row("ecr.scan-on-push", "no repositories, basic scanning", registry([]), "not-applicable"),
    row("ecr.scan-on-push", "registry unreadable", { ecr: { registryScanning: denied("ecr:GetRegistryScanningConfiguration"), repositories: ok([]) } }, "unknown"),
    row("ecr.tag-immutability", "immutable tags", registry([repo("app"), repo("base", { imageTagMutability: "IMMUTABLE_WITH_EXCLUSION" })]), "pass", [arn("app"), arn("base")]),
    row("ecr.tag-immutability", "mutable tags", registry([repo("app", { imageTagMutability: "MUTABLE" })]), "fail", [arn("app")], /app/),
    row("ecr.tag-immutability", "no repositories", registry([]), "not-applicable"),
    row("ecr.tag-immutability", "repositories unreadable", { ecr: { repositories: denied("ecr:DescribeRepositories") } }, "unknown"),
    row("ecr.repository-policy-public", "no policy, and one shared with the organization", withPolicies(["app", null], ["base", pull("*", { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } })]), "pass", [arn("app"), arn("base")]),
    row("ecr.repository-policy-public", "pull for anyone", withPolicies(["app", null], ["open", pull({ AWS: "*" })]), "fail", [arn("open")], /open/),
    row("ecr.repository-policy-public", "no repositories", withPolicies(), "not-applicable"),
    row("ecr.repository-policy-public", "policies unreadable", { ecr: { repositoryPolicies: denied("ecr:GetRepositoryPolicy", "error") } }, "error"),
  ],
} satisfies RowFile;
