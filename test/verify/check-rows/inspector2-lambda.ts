import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const status = (lambda: string, lambdaCode: string): FakeData => ({ inspector2: { accountStatus: ok({ accountId: ACCOUNT, state: { status: "ENABLED" }, resourceState: { ec2: { status: "ENABLED" }, ecr: { status: "ENABLED" }, lambda: { status: lambda }, lambdaCode: { status: lambdaCode } } } as never) } });
const row = (name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check: "inspector2.lambda-code-scanning", name, data, status, resources, detail });

export default {
  rows: [
    row("code and dependency scanning on", status("ENABLED", "ENABLED"), "pass", [`arn:aws:inspector2:eu-west-1:${ACCOUNT}:account-status`]),
    row("dependencies only", status("ENABLED", "DISABLED"), "fail", [], /code disabled, dependencies enabled/),
    row("Inspector never enabled", { inspector2: { accountStatus: ok(null) } }, "fail", [], /code disabled/),
    row("status unreadable", { inspector2: { accountStatus: denied("inspector2:BatchGetAccountStatus") } }, "unknown"),
  ],
  alwaysApplicable: { "inspector2.lambda-code-scanning": "Inspector's scanning settings exist in every account and region, on or off" },
} satisfies RowFile;
