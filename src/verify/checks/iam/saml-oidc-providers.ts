import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
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
    // Without a console user nobody signs in to the account at all: it is reached only by roles assumed from elsewhere.
    const report = iam.credentialReport;
    c.read(report);
    const consoleUsers = report.ok ? report.value.filter((r) => r.user !== ROOT_USER && isTrue(r.password_enabled)) : undefined;
    if (consoleUsers?.length === 0) return notApplicable(`Nobody signs in to ${c.accountId} directly: no identity provider and no IAM user with a password`);
    const who = consoleUsers ? `: people sign in as IAM users (${few(consoleUsers.map((r) => r.user ?? ""))})` : "";
    return fail(`${c.accountId} has no SAML or OIDC identity provider${who}`, consoleUsers?.map((r) => r.arn ?? "") ?? []);
  },
});
