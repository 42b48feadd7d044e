import { count, defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "iam.saml-oidc-providers",
  scope: "account",
  async run(c) {
    const iam = await c.data("iam");
    const saml = c.need(iam.samlProviders);
    const oidc = c.need(iam.oidcProviders);
    // Identity Center places an AWSSSO_* SAML provider in every account it grants access to.
    if (saml.length + oidc.length) return pass(`${c.accountId} trusts ${count(saml.length, "SAML provider")} and ${count(oidc.length, "OIDC provider")} for federated sign-in`, [...saml, ...oidc]);
    return fail(`${c.accountId} has no SAML or OIDC identity provider: people can only sign in as IAM users`);
  },
});
