import { count, defineCheck, fail, few, pass } from "../define.js";

export default defineCheck({
  id: "wafv2.web-acls",
  scope: "region",
  async run(c) {
    const acls = c.need((await c.data("wafv2", c.region)).webAcls);
    if (acls.length) return pass(`${count(acls.length, "AWS WAF web ACL")} in ${c.region}: ${few(acls.map((a) => a.Name ?? ""))}`, acls.map((a) => a.ARN ?? ""));
    return fail(`No AWS WAF web ACL in ${c.accountId} ${c.region}: public endpoints are not filtered`);
  },
});
