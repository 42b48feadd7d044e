import type { TrailState } from "../../collect/monitoring.js";
import type { CheckContext } from "../define.js";

export interface TrailView {
  /** Trails recording this account: its own (home and shadow copies) plus the organization trail. */
  trails: TrailState[];
  /** Where the organization trail came from, when the account's own list did not show it. */
  viaManagement: boolean;
}

/**
 * The trails that record an account. AWS shows an organization trail in every member account
 * (as a shadow trail); where an endpoint does not, the management account's organization trail
 * is looked up as well. The management lookup is best effort: if it cannot be read, the account's
 * own trails decide.
 */
export async function trailsFor(c: CheckContext): Promise<TrailView> {
  const own = c.need((await c.data("cloudtrail", c.homeRegion)).trails);
  const unique = new Map(own.map((t) => [t.trail.TrailARN ?? t.trail.Name, t]));
  let viaManagement = false;
  const management = c.org.organization?.managementAccountId;
  if (management && management !== c.accountId && ![...unique.values()].some((t) => t.trail.IsOrganizationTrail)) {
    const mgmt = (await c.data("cloudtrail", c.homeRegion, management)).trails;
    if (mgmt.ok) {
      for (const t of mgmt.value.filter((t) => t.trail.IsOrganizationTrail)) {
        unique.set(t.trail.TrailARN ?? t.trail.Name, t);
        viaManagement = true;
      }
    }
  }
  return { trails: [...unique.values()], viaManagement };
}

export const trailName = (t: TrailState) => `${t.trail.Name}${t.trail.IsOrganizationTrail ? " (organization trail)" : ""}`;
