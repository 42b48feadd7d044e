import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

const GITHUB_OIDC = /:oidc-provider\/token\.actions\.githubusercontent\.com$/;

/**
 * Per account: GitHub's OIDC provider is trusted (pass), or IAM users hold active access keys that CI
 * could be using and no OIDC provider is there (fail); neither means CI does not reach this account.
 * Read from the IAM data every account check shares (no extra request).
 */
export default defineCheck({
  id: "iam.github-oidc",
  scope: "account",
  async run(c) {
    const iam = await c.data("iam");
    const github = c.need(iam.oidcProviders).filter((arn) => GITHUB_OIDC.test(arn));
    if (github.length) return pass(`${c.accountId} trusts GitHub's OIDC provider: workflows can federate without stored keys`, github);
    const withKeys = c.need(iam.credentialReport).filter((r) => r.user !== "<root_account>" && (r.access_key_1_active === "true" || r.access_key_2_active === "true"));
    if (!withKeys.length) return notApplicable(`${c.accountId} neither trusts GitHub's OIDC provider nor has IAM users with access keys`);
    return fail(`${c.accountId} has ${count(withKeys.length, "IAM user")} with active access keys (${few(withKeys.map((r) => r.user ?? ""))}) and no GitHub OIDC provider`, withKeys.map((r) => r.arn ?? ""));
  },
});
