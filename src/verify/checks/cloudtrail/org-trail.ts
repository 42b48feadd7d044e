import { defineCheck, fail, few, pass } from "../define.js";

export default defineCheck({
  id: "cloudtrail.org-trail",
  scope: "org",
  async run(c) {
    const org = c.org;
    if (!org.organization) {
      if (org.problem) return { status: org.problem.status, detail: `The organization could not be read: ${org.problem.reason}` };
      return fail(`${org.caller.accountId} is not in an AWS Organization, so no organization trail records every account`);
    }
    const trails = c.need((await c.data("cloudtrail", c.homeRegion, org.organization.managementAccountId)).trails).filter((t) => t.trail.IsOrganizationTrail);
    const good = trails.filter((t) => t.trail.IsMultiRegionTrail && t.isLogging);
    if (good.length) return pass(`Organization trail ${few(good.map((t) => t.trail.Name ?? ""))} records every account in every region`, good.map((t) => t.trail.TrailARN ?? ""));
    if (trails.length) return fail(`Organization trail ${few(trails.map((t) => t.trail.Name ?? ""))} is ${trails.some((t) => !t.isLogging) ? "not logging" : "single-region"}`, trails.map((t) => t.trail.TrailARN ?? ""));
    return fail(`Organization ${org.organization.id} has no organization CloudTrail trail`);
  },
});
