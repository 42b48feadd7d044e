import { count, defineCheck, fail, notApplicable, pass } from "../define.js";
import { isTrue, ROOT_USER } from "./credential-report.js";

export default defineCheck({
  id: "iam.saml-oidc-providers",
  scope: "account",
  async run(c) {
    const iam = await c.data("iam");
    const saml = c.need(iam.samlProviders);
    const oidc = c.need(iam.oidcProviders);
    // Identity Center places an AWSSSO_* SAML provider in every account it grants access to.
    if (saml.length + oidc.length) return pass(`${c.accountId} trusts ${count(saml.length, "SAML provider")} and ${count(oidc.length, "OIDC provider")} for federated sign-in`, [...saml, ...oidc]);
    // Nobody signs in to an account with no console user either (it is reached only by roles assumed from elsewhere).
    const report = iam.credentialReport;
    if (report.ok && !report.value.some((r) => r.user !== ROOT_USER && isTrue(r.password_enabled))) {
      c.read(report);
      return notApplicable(`Nobody signs in to ${c.accountId} directly: no identity provider and no IAM user with a password`);
    }
    return fail(`${c.accountId} has no SAML or OIDC identity provider: people sign in as IAM users`);
  },
});
