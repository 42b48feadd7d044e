import { defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "config.recorder",
  scope: "region",
  async run(c) {
    const cfg = await c.data("config", c.region);
    const recorders = c.need(cfg.recorders);
    const status = c.need(cfg.recorderStatus);
    if (!recorders.length) return fail(`AWS Config has no configuration recorder in ${c.accountId} ${c.region}`);
    const recording = recorders.filter((r) => status.some((s) => s.name === r.name && s.recording));
    if (!recording.length) return fail(`The AWS Config recorder in ${c.accountId} ${c.region} is stopped`, recorders.map((r) => r.name ?? ""));
    const complete = recording.find((r) => r.recordingGroup?.allSupported !== false);
    return complete
      ? pass(`AWS Config records all supported resources in ${c.accountId} ${c.region}`, [complete.name ?? ""])
      : fail(`The AWS Config recorder in ${c.accountId} ${c.region} records only selected resource types`, recording.map((r) => r.name ?? ""));
  },
});
