import type { AccountState } from "@aws-sdk/client-inspector2";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { RowFile } from "./row.js";

const status = (state: string, resources: Record<string, string> = {}, where: FakeData = HOLDING.instance): FakeData => place(where, {
  inspector2: { accountStatus: ok({ accountId: ACCOUNT, state: { status: state }, resourceState: Object.fromEntries(Object.entries(resources).map(([k, v]) => [k, { status: v }])) } as unknown as AccountState) },
});
const unreadable: FakeData = place(HOLDING.instance, { inspector2: { accountStatus: denied("inspector2:BatchGetAccountStatus") } });

export default {
  rows: [
    { name: "enabled", check: "inspector2.enabled", data: status("ENABLED"), status: "pass", resources: [`arn:aws:inspector2:eu-west-1:${ACCOUNT}:account-status`] },
    { name: "disabled", check: "inspector2.enabled", data: status("DISABLED"), status: "fail", detail: /disabled/ },
    { name: "no status", check: "inspector2.enabled", data: place(HOLDING.lambdaFunction, { inspector2: { accountStatus: ok(null) } }), status: "fail" },
    { name: "disabled with nothing to scan", check: "inspector2.enabled", data: status("DISABLED", {}, {}), status: "not-applicable", detail: /nothing to scan/ },
    { name: "disabled, instances unreadable", check: "inspector2.enabled", data: status("DISABLED", {}, { ec2: { instances: denied("ec2:DescribeInstances") } }), status: "fail" },
    { name: "unreadable", check: "inspector2.enabled", data: unreadable, status: "unknown" },
    { name: "EC2 and ECR", check: "inspector2.ecr-ec2-coverage", data: status("ENABLED", { ec2: "ENABLED", ecr: "ENABLED", lambda: "DISABLED" }), status: "pass" },
    { name: "EC2 only", check: "inspector2.ecr-ec2-coverage", data: status("ENABLED", { ec2: "ENABLED", ecr: "DISABLED" }), status: "fail", detail: /ECR/ },
    { name: "only Lambda functions", check: "inspector2.ecr-ec2-coverage", data: status("ENABLED", { ec2: "DISABLED", ecr: "DISABLED" }, HOLDING.lambdaFunction), status: "not-applicable" },
    { name: "unreadable", check: "inspector2.ecr-ec2-coverage", data: unreadable, status: "unknown" },
  ],
} satisfies RowFile;
