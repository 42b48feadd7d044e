import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { isTrue, ROOT_USER } from "./credential-report.js";

export default defineCheck({
  id: "iam.console-users-without-mfa",
  scope: "account",
  async run(c) {
    const rows = c.need((await c.data("iam")).credentialReport).filter((r) => r.user !== ROOT_USER);
    const bad = rows.filter((r) => isTrue(r.password_enabled) && !isTrue(r.mfa_active));
    const consoleUsers = rows.filter((r) => isTrue(r.password_enabled));
    if (!consoleUsers.length) return notApplicable(`No IAM user in ${c.accountId} has a console password`);
    if (!bad.length) return pass(`Every IAM user with a console password in ${c.accountId} has MFA (${count(consoleUsers.length, "user")} checked)`, consoleUsers.map((r) => r.arn ?? ""));
    return fail(`${count(bad.length, "IAM user")} in ${c.accountId} ${bad.length === 1 ? "has a console password and no" : "have console passwords and no"} MFA device: ${few(bad.map((r) => r.user ?? ""))}`, bad.map((r) => r.arn ?? ""));
  },
});
