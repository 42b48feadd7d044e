import { defineCheck, fail, pass } from "../define.js";
import { rootRow, isTrue } from "./credential-report.js";

export default defineCheck({
  id: "iam.root-mfa",
  scope: "account",
  async run(c) {
    const rows = c.need((await c.data("iam")).credentialReport);
    const root = rootRow(rows);
    if (!root) return { status: "unknown", detail: "The credential report has no root user row, so root MFA cannot be read" };
    return isTrue(root.mfa_active) ? pass(`The root user of ${c.accountId} has MFA`, [root.arn ?? `arn:aws:iam::${c.accountId}:root`]) : fail(`The root user of ${c.accountId} has no MFA device`, [root.arn ?? `arn:aws:iam::${c.accountId}:root`]);
  },
});
