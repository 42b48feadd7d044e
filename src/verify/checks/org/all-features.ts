import { defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "org.all-features",
  scope: "org",
  async run(c) {
    const org = c.org;
    c.read({ ok: true, calls: ["organizations:DescribeOrganization"], value: null });
    if (!org.organization) {
      if (org.problem) return { status: org.problem.status, detail: `The organization could not be read: ${org.problem.reason}` };
      return fail(`${org.caller.accountId} is not in an AWS Organization`);
    }
    return org.organization.featureSet === "ALL"
      ? pass(`Organization ${org.organization.id} has all features enabled (SCPs and delegated administration available)`, [`arn:aws:organizations::${org.organization.managementAccountId}:organization/${org.organization.id}`])
      : fail(`Organization ${org.organization.id} runs with feature set ${org.organization.featureSet}: SCPs cannot be used`);
  },
});
