import { defineCheck, fail, pass } from "../define.js";

/** CIS AWS Foundations 1.8: at least 14 characters; complexity keeps offline guessing expensive. */
const MIN_LENGTH = 14;

export default defineCheck({
  id: "iam.password-policy",
  scope: "account",
  async run(c) {
    const policy = c.need((await c.data("iam")).passwordPolicy);
    if (!policy) return fail(`${c.accountId} has no IAM password policy (AWS defaults allow 8-character passwords)`, [`arn:aws:iam::${c.accountId}:account-password-policy`]);
    const gaps: string[] = [];
    if ((policy.MinimumPasswordLength ?? 0) < MIN_LENGTH) gaps.push(`minimum length ${policy.MinimumPasswordLength ?? 0} < ${MIN_LENGTH}`);
    if (!policy.RequireSymbols) gaps.push("symbols not required");
    if (!policy.RequireNumbers) gaps.push("numbers not required");
    if (!policy.RequireUppercaseCharacters || !policy.RequireLowercaseCharacters) gaps.push("mixed case not required");
    if (!policy.PasswordReusePrevention) gaps.push("reuse not prevented");
    return gaps.length
      ? fail(`The IAM password policy of ${c.accountId} is weak: ${gaps.join(", ")}`, [`arn:aws:iam::${c.accountId}:account-password-policy`])
      : pass(`The IAM password policy of ${c.accountId} requires ${policy.MinimumPasswordLength}+ characters with complexity and no reuse`, [`arn:aws:iam::${c.accountId}:account-password-policy`]);
  },
});
