import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Secrets belong in Secrets Manager or Parameter Store, not in plaintext build variables. */
const SECRET_NAME = /(secret|password|passwd|token|api[_-]?key|private[_-]?key|aws_secret_access_key)/i;

export default defineCheck({
  id: "codebuild.projects",
  scope: "region",
  async run(c) {
    const projects = c.need((await c.data("codebuild", c.region)).projects);
    const leaky = projects.filter((p) => (p.environment?.environmentVariables ?? []).some((v) => (v.type ?? "PLAINTEXT") === "PLAINTEXT" && SECRET_NAME.test(v.name ?? "")));
    if (!projects.length) return notApplicable(`No CodeBuild projects in ${c.accountId} ${c.region}`);
    if (!leaky.length) return pass(`None of the ${count(projects.length, "CodeBuild project")} in ${c.region} keeps secrets in plaintext variables`, projects.map((p) => p.arn ?? ""));
    return fail(`${count(leaky.length, "CodeBuild project")} in ${c.accountId} ${c.region} ${leaky.length === 1 ? "keeps" : "keep"} secrets in plaintext environment variables: ${few(leaky.map((p) => p.name ?? ""))}`, leaky.map((p) => p.arn ?? ""));
  },
});
