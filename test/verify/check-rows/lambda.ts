import type { LambdaFunction } from "../../../src/verify/collect/workloads.js";
import { parsePolicy } from "../../../src/verify/policy.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (name: string) => `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:${name}`;
const fn = (name: string, ...statements: object[]): LambdaFunction => ({ name, arn: arn(name), policy: parsePolicy(JSON.stringify({ Statement: statements })) });
const onRuntime = (name: string, runtime?: string): LambdaFunction => ({ name, arn: arn(name), runtime, policy: [] });
const lambda = (...functions: LambdaFunction[]): FakeData => ({ lambda: { functions: ok(functions) } });
const unreadable: FakeData = { lambda: { functions: denied("lambda:GetPolicy") } };
const fromS3 = { Effect: "Allow", Principal: { Service: "s3.amazonaws.com" }, Action: "lambda:InvokeFunction", Condition: { ArnLike: { "AWS:SourceArn": "arn:aws:s3:::uploads" } } };
const anyone = { Effect: "Allow", Principal: "*", Action: "lambda:InvokeFunction" };
const openUrl = { Effect: "Allow", Principal: "*", Action: "lambda:InvokeFunctionUrl", Condition: { StringEquals: { "lambda:FunctionUrlAuthType": "NONE" } } };
const iamUrl = { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/caller` }, Action: "lambda:InvokeFunctionUrl", Condition: { StringEquals: { "lambda:FunctionUrlAuthType": "AWS_IAM" } } };
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

export default {
  rows: [
    row("lambda.public-policy", "invoked by S3 only", lambda(fn("handler", fromS3), fn("plain")), "pass", [arn("handler"), arn("plain")]),
    row("lambda.public-policy", "invokable by anyone", lambda(fn("open", anyone)), "fail", [arn("open")], /open/),
    row("lambda.public-policy", "no functions", lambda(), "not-applicable"),
    row("lambda.public-policy", "functions unreadable", unreadable, "unknown"),
    row("lambda.function-url-auth", "IAM-authenticated function URL", lambda(fn("api", iamUrl)), "pass", [arn("api")]),
    row("lambda.function-url-auth", "function URL with auth type NONE", lambda(fn("api", iamUrl), fn("hook", openUrl)), "fail", [arn("hook")], /AuthType NONE\): hook/),
    row("lambda.function-url-auth", "no functions", lambda(), "not-applicable"),
    row("lambda.function-url-auth", "functions unreadable", unreadable, "unknown"),
    row("lambda.deprecated-runtimes", "supported runtimes, and an image function", lambda(onRuntime("api", "python3.12"), onRuntime("image")), "pass", [arn("api")]),
    row("lambda.deprecated-runtimes", "Node.js 16 and Python 3.8", lambda(onRuntime("api", "nodejs22.x"), onRuntime("old", "nodejs16.x"), onRuntime("etl", "python3.8")), "fail", [arn("old"), arn("etl")], /old \(nodejs16\.x\), etl \(python3\.8\)/),
    row("lambda.deprecated-runtimes", "only container-image functions", lambda(onRuntime("image")), "not-applicable"),
    row("lambda.deprecated-runtimes", "functions unreadable", unreadable, "unknown"),
  ],
} satisfies RowFile;
