import type { Outcome } from "../../types.js";
import { type CheckContext, fail, pass } from "../define.js";

/**
 * Whether an enabled GuardDuty detector in the check's region has one of the named protection plans on.
 * Without an enabled detector no plan runs, so that is a fail too (guardduty.enabled says why).
 */
export async function detectorFeature(c: CheckContext, names: string[], what: string): Promise<Outcome> {
  const detectors = c.need((await c.data("guardduty", c.region)).detectors).filter((d) => d.status === "ENABLED");
  const where = `${c.accountId} ${c.region}`;
  if (!detectors.length) return fail(`No enabled GuardDuty detector in ${where}, so no ${what}`);
  const on = detectors.find((d) => names.some((n) => d.features[n] === "ENABLED"));
  if (on) return pass(`GuardDuty ${what} is on for detector ${on.id} in ${where}`, [`arn:aws:guardduty:${c.region}:${c.accountId}:detector/${on.id}`]);
  return fail(`GuardDuty ${what} is off in ${where} (${names.join(" / ")} not enabled on detector ${detectors[0]!.id})`, [`arn:aws:guardduty:${c.region}:${c.accountId}:detector/${detectors[0]!.id}`]);
}
