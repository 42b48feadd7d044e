import { count, defineCheck, fail, few, pass } from "../define.js";
import { isTrue, ROOT_USER } from "./credential-report.js";

/** Long-lived IAM users with credentials sit outside the central identity store (and its lifecycle). */
export default defineCheck({
  id: "iam.users-present",
  scope: "account",
  async run(c) {
    const rows = c.need((await c.data("iam")).credentialReport).filter((r) => r.user !== ROOT_USER);
    const withCredentials = rows.filter((r) => isTrue(r.password_enabled) || isTrue(r.access_key_1_active) || isTrue(r.access_key_2_active));
    if (!withCredentials.length) return pass(`${c.accountId} has no IAM users with passwords or active access keys`, [`arn:aws:iam::${c.accountId}:credential-report`]);
    return fail(`${count(withCredentials.length, "IAM user")} in ${c.accountId} ${withCredentials.length === 1 ? "has" : "have"} long-lived credentials outside the identity provider: ${few(withCredentials.map((r) => r.user ?? ""))}`, withCredentials.map((r) => r.arn ?? ""));
  },
});
