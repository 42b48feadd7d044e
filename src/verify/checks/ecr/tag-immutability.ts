import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** With mutable tags, the image a deployment names can be replaced after it was scanned or signed. */
export default defineCheck({
  id: "ecr.tag-immutability",
  scope: "region",
  async run(c) {
    const repositories = c.need((await c.data("ecr", c.region)).repositories);
    if (!repositories.length) return notApplicable(`No ECR repositories in ${c.accountId} ${c.region}`);
    const mutable = repositories.filter((r) => !(r.imageTagMutability ?? "MUTABLE").startsWith("IMMUTABLE"));
    if (!mutable.length) return pass(`All ${count(repositories.length, "ECR repository", "ECR repositories")} in ${c.region} have immutable tags`, repositories.map((r) => r.repositoryArn ?? ""));
    return fail(`${count(mutable.length, "ECR repository", "ECR repositories")} in ${c.accountId} ${c.region} ${mutable.length === 1 ? "lets" : "let"} a pushed tag be overwritten: ${few(mutable.map((r) => r.repositoryName ?? ""))}`, mutable.map((r) => r.repositoryArn ?? ""));
  },
});
