import type { AccountState } from "@aws-sdk/client-inspector2";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const status = (state: string, resources: Record<string, string> = {}): FakeData => ({
  inspector2: { accountStatus: ok({ accountId: ACCOUNT, state: { status: state }, resourceState: Object.fromEntries(Object.entries(resources).map(([k, v]) => [k, { status: v }])) } as unknown as AccountState) },
});
const unreadable: FakeData = { inspector2: { accountStatus: denied("inspector2:BatchGetAccountStatus") } };

export default {
  alwaysApplicable: {
    "inspector2.enabled": "Inspector's account status is an account-region setting",
    "inspector2.ecr-ec2-coverage": "Inspector's scan types are account-region settings",
  },
  rows: [
    { name: "enabled", check: "inspector2.enabled", data: status("ENABLED"), status: "pass", resources: [`arn:aws:inspector2:eu-west-1:${ACCOUNT}:account-status`] },
    { name: "disabled", check: "inspector2.enabled", data: status("DISABLED"), status: "fail", detail: /disabled/ },
    { name: "no status", check: "inspector2.enabled", data: { inspector2: { accountStatus: ok(null) } }, status: "fail" },
    { name: "unreadable", check: "inspector2.enabled", data: unreadable, status: "unknown" },
    { name: "EC2 and ECR", check: "inspector2.ecr-ec2-coverage", data: status("ENABLED", { ec2: "ENABLED", ecr: "ENABLED", lambda: "DISABLED" }), status: "pass" },
    { name: "EC2 only", check: "inspector2.ecr-ec2-coverage", data: status("ENABLED", { ec2: "ENABLED", ecr: "DISABLED" }), status: "fail", detail: /ECR/ },
    { name: "unreadable", check: "inspector2.ecr-ec2-coverage", data: unreadable, status: "unknown" },
  ],
} satisfies RowFile;
