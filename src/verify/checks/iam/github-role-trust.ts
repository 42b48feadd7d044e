import { conditionValues, coversAction, type Statement } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

const GITHUB = /:oidc-provider\/token\.actions\.githubusercontent\.com$/;
const SUB = "token.actions.githubusercontent.com:sub";

const federatedFromGithub = (s: Statement) => {
  const federated = (s.Principal as { Federated?: unknown } | undefined)?.Federated;
  return s.Effect === "Allow" && [federated].flat().some((p) => typeof p === "string" && GITHUB.test(p)) && coversAction(s, "sts:AssumeRoleWithWebIdentity");
};

/**
 * Without a `sub` condition naming an owner (repo:my-org/...), any workflow of any GitHub repository
 * can assume the role. Values come back as "Operator:value"; a wildcard owner is as open as none.
 */
const anyRepository = (s: Statement) => {
  const subjects = conditionValues(s, SUB).map((v) => v.slice(v.indexOf(":") + 1));
  return !subjects.length || subjects.some((v) => /^(\*|repo:\*)/.test(v));
};

export default defineCheck({
  id: "iam.github-role-trust",
  scope: "account",
  async run(c) {
    const roles = c.need((await c.data("iamRoles")).roles).filter((r) => r.trust.some(federatedFromGithub));
    if (!roles.length) return notApplicable(`No role in ${c.accountId} trusts GitHub Actions' OIDC provider`);
    const open = roles.filter((r) => r.trust.some((s) => federatedFromGithub(s) && anyRepository(s)));
    if (!open.length) return pass(`All ${count(roles.length, "role")} GitHub Actions can assume in ${c.accountId} name the repositories allowed (sub condition)`, roles.map((r) => r.arn));
    return fail(`${count(open.length, "role")} in ${c.accountId} can be assumed by a workflow of any GitHub repository (no sub condition naming an owner): ${few(open.map((r) => r.name))}`, open.map((r) => r.arn));
  },
});
