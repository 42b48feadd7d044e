import { defineCheck, fail, pass } from "../define.js";
import { isTrue, rootRow } from "./credential-report.js";

export default defineCheck({
  id: "iam.root-access-keys",
  scope: "account",
  async run(c) {
    const root = rootRow(c.need((await c.data("iam")).credentialReport));
    if (!root) return { status: "unknown", detail: "The credential report has no root user row, so root access keys cannot be read" };
    const active = [root.access_key_1_active, root.access_key_2_active].filter(isTrue).length;
    return active
      ? fail(`The root user of ${c.accountId} has ${active} active access key${active > 1 ? "s" : ""}`, [root.arn ?? `arn:aws:iam::${c.accountId}:root`])
      : pass(`The root user of ${c.accountId} has no access keys`, [root.arn ?? `arn:aws:iam::${c.accountId}:root`]);
  },
});
