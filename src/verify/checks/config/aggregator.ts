import { defineCheck, fail, few, pass } from "../define.js";

const CONFIG_ADMIN = /^config(-multiaccountsetup)?\.amazonaws\.com$/;

/** The organization aggregator sits in the management account or in Config's delegated administrator. */
export default defineCheck({
  id: "config.aggregator",
  scope: "org",
  async run(c) {
    const org = c.org;
    const management = org.organization?.managementAccountId || org.caller.accountId;
    const delegated = org.delegatedAdmins.ok ? org.delegatedAdmins.value.filter((a) => a.services.some((s) => CONFIG_ADMIN.test(s))).map((a) => a.accountId) : [];
    const accounts = [...new Set([management, ...delegated])];
    const found: { name: string; arn: string; org: boolean }[] = [];
    const problems: { status: "unknown" | "error"; reason: string }[] = [];
    for (const account of accounts) {
      for (const region of c.regions) {
        const got = (await c.data("configAggregators", region, account)).aggregators;
        c.read(got);
        if (!got.ok) problems.push(got);
        else found.push(...got.value.map((a) => ({ name: `${a.ConfigurationAggregatorName} (${account} ${region})`, arn: a.ConfigurationAggregatorArn ?? "", org: !!a.OrganizationAggregationSource })));
      }
    }
    const orgWide = found.filter((a) => a.org);
    if (orgWide.length) return pass(`AWS Config aggregates the whole organization in ${few(orgWide.map((a) => a.name))}`, orgWide.map((a) => a.arn));
    if (!found.length && problems.length) return { status: problems[0]!.status, detail: `AWS Config aggregators could not be read: ${problems[0]!.reason}` };
    if (found.length) return fail(`AWS Config aggregators ${few(found.map((a) => a.name))} cover listed accounts only, not the organization`, found.map((a) => a.arn));
    return fail(`No AWS Config aggregator collects the organization's configuration (looked in ${accounts.join(", ")})`);
  },
});
