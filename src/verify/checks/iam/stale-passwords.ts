import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { daysBetween, isTrue, reportDate, ROOT_USER } from "./credential-report.js";

/** CIS AWS Foundations: console passwords unused this long belong to people who left or no longer need them. */
const MAX_IDLE_DAYS = 90;

export default defineCheck({
  id: "iam.stale-passwords",
  scope: "account",
  async run(c) {
    const consoleUsers = c.need((await c.data("iam")).credentialReport).filter((r) => r.user !== ROOT_USER && isTrue(r.password_enabled));
    if (!consoleUsers.length) return notApplicable(`No IAM user in ${c.accountId} has a console password`);
    const stale = consoleUsers.flatMap((r) => {
      // A password never used counts from when it was set (or the user was created).
      const since = reportDate(r.password_last_used) ?? reportDate(r.password_last_changed) ?? reportDate(r.user_creation_time);
      const idle = since ? daysBetween(since, c.now) : Infinity;
      return idle > MAX_IDLE_DAYS ? [{ r, why: reportDate(r.password_last_used) ? `unused for ${idle} days` : "never used" }] : [];
    });
    if (!stale.length) return pass(`Every console password in ${c.accountId} was used within ${MAX_IDLE_DAYS} days (${count(consoleUsers.length, "user")})`, consoleUsers.map((r) => r.arn ?? ""));
    return fail(`${count(stale.length, "IAM user")} in ${c.accountId} ${stale.length === 1 ? "keeps" : "keep"} a console password not used for over ${MAX_IDLE_DAYS} days: ${few(stale.map((s) => `${s.r.user} (${s.why})`))}`, stale.map((s) => s.r.arn ?? ""));
  },
});
