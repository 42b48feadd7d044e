import { count, defineCheck, fail, few, pass } from "../define.js";

export default defineCheck({
  id: "ssm.patch-baselines",
  scope: "region",
  async run(c) {
    const baselines = c.need((await c.data("ssm", c.region)).customPatchBaselines);
    if (baselines.length) return pass(`${count(baselines.length, "custom patch baseline")} in ${c.region}: ${few(baselines.map((b) => b.BaselineName ?? b.BaselineId ?? ""))}`, baselines.map((b) => b.BaselineId ?? ""));
    return fail(`No custom SSM patch baseline in ${c.accountId} ${c.region}: instances are patched by AWS defaults only, if at all`);
  },
});
