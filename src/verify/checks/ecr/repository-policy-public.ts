import { isPublicStatement } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "ecr.repository-policy-public",
  scope: "region",
  async run(c) {
    const repositories = c.need((await c.data("ecr", c.region)).repositoryPolicies);
    if (!repositories.length) return notApplicable(`No ECR repositories in ${c.accountId} ${c.region}`);
    const open = repositories.filter((r) => r.policy.some(isPublicStatement));
    if (!open.length) return pass(`None of the ${count(repositories.length, "ECR repository", "ECR repositories")} in ${c.region} has a policy open to any principal`, repositories.map((r) => r.arn));
    return fail(`${count(open.length, "ECR repository", "ECR repositories")} in ${c.accountId} ${c.region} ${open.length === 1 ? "has a policy" : "have policies"} open to any principal: ${few(open.map((r) => r.name))}`, open.map((r) => r.arn));
  },
});
