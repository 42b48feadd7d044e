import { defineCheck, fail, few, pass } from "../define.js";

const SECURITY_SERVICES = /^(guardduty|securityhub|config|config-multiaccountsetup|access-analyzer|macie|inspector2|detective|sso|cloudtrail|fms|ssm)\.amazonaws\.com$/;

export default defineCheck({
  id: "org.delegated-admins",
  scope: "org",
  async run(c) {
    const org = c.org;
    if (!org.organization) {
      if (org.problem) return { status: org.problem.status, detail: `The organization could not be read: ${org.problem.reason}` };
      return fail(`${org.caller.accountId} is not in an AWS Organization: security services cannot be administered from a delegated account`);
    }
    const admins = c.need(org.delegatedAdmins);
    const security = admins.flatMap((a) => a.services.filter((s) => SECURITY_SERVICES.test(s)).map((s) => `${s.replace(".amazonaws.com", "")} -> ${a.accountId}`));
    if (security.length) return pass(`Security services are administered from member accounts: ${few(security)}`, [...new Set(admins.map((a) => a.accountId))]);
    return fail(`No security service in organization ${org.organization.id} has a delegated administrator: everything is run from the management account`);
  },
});
