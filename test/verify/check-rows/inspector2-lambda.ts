import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { CheckRow, RowFile } from "./row.js";

const status = (lambda: string, lambdaCode: string, where: FakeData = HOLDING.lambdaFunction): FakeData => place(where, { inspector2: { accountStatus: ok({ accountId: ACCOUNT, state: { status: "ENABLED" }, resourceState: { ec2: { status: "ENABLED" }, ecr: { status: "ENABLED" }, lambda: { status: lambda }, lambdaCode: { status: lambdaCode } } } as never) } });
const row = (name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check: "inspector2.lambda-code-scanning", name, data, status, resources, detail });

export default {
  rows: [
    row("code and dependency scanning on", status("ENABLED", "ENABLED"), "pass", [`arn:aws:inspector2:eu-west-1:${ACCOUNT}:account-status`]),
    row("dependencies only", status("ENABLED", "DISABLED"), "fail", [], /code disabled, dependencies enabled/),
    row("Inspector never enabled", place(HOLDING.lambdaFunction, { inspector2: { accountStatus: ok(null) } }), "fail", [], /code disabled/),
    row("no functions", status("DISABLED", "DISABLED", HOLDING.instance), "not-applicable", [], /no function code/),
    row("status unreadable", place(HOLDING.lambdaFunction, { inspector2: { accountStatus: denied("inspector2:BatchGetAccountStatus") } }), "unknown"),
  ],
} satisfies RowFile;
