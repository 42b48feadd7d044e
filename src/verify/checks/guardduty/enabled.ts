import { defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "guardduty.enabled",
  scope: "region",
  async run(c) {
    const detectors = c.need((await c.data("guardduty", c.region)).detectors);
    const on = detectors.find((d) => d.status === "ENABLED");
    if (on) return pass(`GuardDuty detector ${on.id} is enabled in ${c.accountId} ${c.region}`, [`arn:aws:guardduty:${c.region}:${c.accountId}:detector/${on.id}`]);
    return fail(detectors.length ? `The GuardDuty detector in ${c.accountId} ${c.region} is suspended` : `GuardDuty is not enabled in ${c.accountId} ${c.region}`);
  },
});
