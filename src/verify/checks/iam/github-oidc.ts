import { defineCheck, fail, few, notApplicable, pass } from "../define.js";

const GITHUB_OIDC = /:oidc-provider\/token\.actions\.githubusercontent\.com$/;

/** Without GitHub's OIDC provider in some account, GitHub Actions can only reach AWS with stored keys. */
export default defineCheck({
  id: "iam.github-oidc",
  scope: "org",
  async run(c) {
    const accounts = c.org.accounts.filter((a) => a.status === "ACTIVE").map((a) => a.id);
    const found: string[] = [];
    const problems: { status: "unknown" | "error"; reason: string }[] = [];
    for (const account of accounts) {
      const got = (await c.data("iam", c.homeRegion, account)).oidcProviders;
      c.read(got);
      if (got.ok) found.push(...got.value.filter((arn) => GITHUB_OIDC.test(arn)));
      else problems.push(got);
    }
    if (!accounts.length) return notApplicable("No active accounts to look for a GitHub OIDC provider in");
    if (found.length) return pass(`GitHub Actions can federate into AWS through OIDC: ${few(found)}`, found);
    if (problems.length) return { status: problems[0]!.status, detail: `IAM OIDC providers could not be read in every account: ${problems[0]!.reason}` };
    return fail(`No account of the ${accounts.length} scanned trusts GitHub's OIDC provider (token.actions.githubusercontent.com): workflows can only use stored access keys`);
  },
});
