import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Secrets belong in `secrets` (Secrets Manager or Parameter Store references), not in plain environment values anyone who can describe the task reads. */
const SECRET_NAME = /(secret|password|passwd|token|api[_-]?key|private[_-]?key|aws_secret_access_key|credentials?)/i;

export default defineCheck({
  id: "ecs.secrets-in-environment",
  scope: "region",
  async run(c) {
    const defs = c.need((await c.data("ecs", c.region)).taskDefinitions);
    if (!defs.length) return notApplicable(`No active ECS task definitions in ${c.accountId} ${c.region}`);
    const leaky = defs.filter((d) => (d.containerDefinitions ?? []).some((k) => (k.environment ?? []).some((v) => SECRET_NAME.test(v.name ?? "") && !!v.value)));
    if (!leaky.length) return pass(`None of the ${count(defs.length, "ECS task definition")} in ${c.region} puts a secret in a plain environment variable`, defs.map((d) => d.taskDefinitionArn ?? ""));
    return fail(`${count(leaky.length, "ECS task definition")} in ${c.accountId} ${c.region} ${leaky.length === 1 ? "puts" : "put"} secrets in plain environment variables instead of secrets references: ${few(leaky.map((d) => d.family ?? ""))}`, leaky.map((d) => d.taskDefinitionArn ?? ""));
  },
});
