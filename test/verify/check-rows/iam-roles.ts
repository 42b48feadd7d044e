import type { TrustedRole } from "../../../src/verify/collect/iam-roles.js";
import { parsePolicy } from "../../../src/verify/policy.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const github = (condition: object) => ({ Effect: "Allow", Principal: { Federated: PROVIDER }, Action: "sts:AssumeRoleWithWebIdentity", Condition: condition });
const aud = { StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } };
const role = (name: string, ...statements: object[]): TrustedRole => ({ name, arn: arn(name), trust: parsePolicy(JSON.stringify({ Statement: statements })) });
const roles = (...list: TrustedRole[]): FakeData => ({ iamRoles: { roles: ok(list) } });
const lambdaRole = role("app", { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" });
const row = (name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check: "iam.github-role-trust", name, data, status, resources, detail });

export default {
  rows: [
    row("deploy role limited to the organization's repositories", roles(lambdaRole, role("deploy", github({ ...aud, StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/*:environment:prod" } }))), "pass", [arn("deploy")]),
    row("audience only, any repository", roles(role("deploy", github(aud))), "fail", [arn("deploy")], /any GitHub repository .*: deploy/),
    row("wildcard owner", roles(role("ok", github({ StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/app:*" } })), role("ci", github({ StringLike: { "token.actions.githubusercontent.com:sub": "repo:*" } }))), "fail", [arn("ci")], /: ci$/),
    row("no role trusts GitHub", roles(lambdaRole), "not-applicable"),
    row("roles unreadable", { iamRoles: { roles: denied("iam:ListRoles") } }, "unknown"),
  ],
} satisfies RowFile;
