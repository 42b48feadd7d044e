import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { identityCenter } from "./instances.js";

/**
 * Sessions that outlive a leaver's removal by more than a working day defeat revocation; Identity
 * Center's default is one hour, and the identity-center-permission-sets module grants at most eight.
 */
const MAX_HOURS = 8;

/** Hours in an ISO 8601 duration such as PT1H, PT8H30M or PT45M; unset means AWS's default of one hour. */
export function durationHours(iso: string | number | undefined): number {
  if (iso === undefined || iso === "") return 1;
  // Some endpoints (moto) answer the default as plain seconds.
  if (/^\d+$/.test(String(iso))) return Number(iso) / 3600;
  const m = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(String(iso));
  if (!m) return Infinity;
  return Number(m[1] ?? 0) + Number(m[2] ?? 0) / 60 + Number(m[3] ?? 0) / 3600;
}

export default defineCheck({
  id: "sso.session-duration",
  scope: "org",
  async run(c) {
    const view = await identityCenter(c);
    if (!view.permissionSets.length && view.unreadable.length) return { status: view.unreadable[0]!.status, detail: `Identity Center could not be read: ${view.unreadable[0]!.reason}` };
    if (!view.permissionSets.length) return notApplicable(view.instances.length ? "The IAM Identity Center instance has no permission sets" : "No IAM Identity Center instance, so no permission set sessions");
    const long = view.permissionSets.filter((p) => durationHours(p.sessionDuration) > MAX_HOURS);
    if (!long.length) return pass(`All ${count(view.permissionSets.length, "permission set")} grant sessions of at most ${MAX_HOURS} hours`, view.permissionSets.map((p) => p.arn));
    return fail(`${count(long.length, "permission set")} ${long.length === 1 ? "grants" : "grant"} sessions longer than ${MAX_HOURS} hours: ${few(long.map((p) => `${p.name} (${p.sessionDuration})`))}`, long.map((p) => p.arn));
  },
});
