import type { TrailState } from "../../collect/monitoring.js";
import type { Got } from "../../types.js";
import { type CheckContext, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { trailName, trailsFor } from "./trails.js";

/**
 * A trail's data-event selectors. A member account may be refused an organization trail's
 * selectors: the management account's own reading of the same trail answers then.
 */
async function selectorsOf(c: CheckContext, t: TrailState): Promise<Got<string[]>> {
  const management = c.org.organization?.managementAccountId;
  if (t.dataEvents.ok || !t.trail.IsOrganizationTrail || !management || management === c.accountId) return t.dataEvents;
  const mgmt = (await c.data("cloudtrail", c.homeRegion, management)).trails;
  const same = mgmt.ok ? mgmt.value.find((m) => m.trail.TrailARN === t.trail.TrailARN) : undefined;
  return same?.dataEvents.ok ? same.dataEvents : t.dataEvents;
}

/** Data events (S3 object reads and writes, Lambda invocations) show what was done to sensitive data, not just to its configuration. */
export default defineCheck({
  id: "cloudtrail.data-events",
  scope: "account",
  async run(c) {
    const { trails } = await trailsFor(c);
    const logging = trails.filter((t) => t.isLogging);
    if (!logging.length) return notApplicable(`No logging CloudTrail trail records ${c.accountId} (cloudtrail.logging reports that)`);
    const read = await Promise.all(logging.map(async (t) => ({ t, selectors: await selectorsOf(c, t) })));
    read.forEach((r) => c.read(r.selectors));
    const recording = read.filter((r) => r.selectors.ok && r.selectors.value.length);
    if (recording.length) return pass(`${c.accountId}'s data events are recorded by ${few(recording.map((r) => `${trailName(r.t)}: ${few(r.selectors.ok ? r.selectors.value : [], 3)}`))}`, recording.map((r) => r.t.trail.TrailARN ?? ""));
    const unreadable = read.find((r) => !r.selectors.ok)?.selectors;
    if (unreadable && !unreadable.ok) return { status: unreadable.status, detail: `The event selectors of a trail recording ${c.accountId} could not be read: ${unreadable.reason}` };
    return fail(`No trail recording ${c.accountId} logs data events (S3 objects, Lambda functions): ${few(logging.map(trailName))} record management events only`, logging.map((t) => t.trail.TrailARN ?? ""));
  },
});
