import { defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "guardduty.org-admin",
  scope: "org-region",
  async run(c) {
    const admins = c.need((await c.data("guarddutyAdmins", c.region)).organizationAdmins);
    const enabled = admins.filter((a) => a.AdminStatus === "ENABLED");
    if (enabled.length) return pass(`GuardDuty in ${c.region} is administered for the organization by ${enabled.map((a) => a.AdminAccountId).join(", ")}`, enabled.map((a) => a.AdminAccountId ?? ""));
    return fail(`No GuardDuty delegated administrator in ${c.region}: member accounts are not enrolled centrally`);
  },
});
