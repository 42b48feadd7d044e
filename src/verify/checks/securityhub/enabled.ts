import { defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "securityhub.enabled",
  scope: "region",
  async run(c) {
    const hub = c.need((await c.data("securityhub", c.region)).hub);
    return hub ? pass(`Security Hub is enabled in ${c.accountId} ${c.region}`, [hub]) : fail(`Security Hub is not enabled in ${c.accountId} ${c.region}`);
  },
});
