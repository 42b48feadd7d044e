import { defineCheck, fail, notApplicable, pass } from "../define.js";
import { nothingToProtect } from "../subjects.js";

/** Amazon Inspector's Lambda code scanning: static analysis of function code for injection flaws, leaked secrets and weak crypto. */
export default defineCheck({
  id: "inspector2.lambda-code-scanning",
  scope: "region",
  async run(c) {
    const none = await nothingToProtect(c, ["Lambda functions"], "Amazon Inspector has no function code to scan here");
    if (none) return notApplicable(none);
    const state = c.need((await c.data("inspector2", c.region)).accountStatus);
    const code = state?.resourceState?.lambdaCode?.status ?? "DISABLED";
    const packages = state?.resourceState?.lambda?.status ?? "DISABLED";
    if (code === "ENABLED" && packages === "ENABLED") return pass(`Amazon Inspector scans Lambda code and dependencies in ${c.accountId} ${c.region}`, [`arn:aws:inspector2:${c.region}:${c.accountId}:account-status`]);
    return fail(`Amazon Inspector Lambda scanning in ${c.accountId} ${c.region}: code ${code.toLowerCase()}, dependencies ${packages.toLowerCase()}`);
  },
});
