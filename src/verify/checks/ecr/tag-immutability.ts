import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** With mutable tags, whoever can push can swap the image behind a tag that was scanned, signed or approved. */
export default defineCheck({
  id: "ecr.tag-immutability",
  scope: "region",
  async run(c) {
    const repositories = c.need((await c.data("ecr", c.region)).repositories);
    if (!repositories.length) return notApplicable(`No ECR repositories in ${c.accountId} ${c.region}`);
    const mutable = repositories.filter((r) => !String(r.imageTagMutability ?? "MUTABLE").startsWith("IMMUTABLE"));
    if (!mutable.length) return pass(`All ${count(repositories.length, "ECR repository", "ECR repositories")} in ${c.region} have immutable tags`, repositories.map((r) => r.repositoryArn ?? ""));
    return fail(`${count(mutable.length, "ECR repository", "ECR repositories")} in ${c.accountId} ${c.region} ${mutable.length === 1 ? "lets" : "let"} tags be overwritten: ${few(mutable.map((r) => r.repositoryName ?? ""))}`, mutable.map((r) => r.repositoryArn ?? ""));
  },
});
