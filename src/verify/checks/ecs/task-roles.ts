import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Without a task role, a task's code calls AWS with the instance role it runs on, shared by every task there. */
export default defineCheck({
  id: "ecs.task-roles",
  scope: "region",
  async run(c) {
    const defs = c.need((await c.data("ecs", c.region)).taskDefinitions);
    if (!defs.length) return notApplicable(`No active ECS task definitions in ${c.accountId} ${c.region}`);
    const shared = defs.filter((d) => !d.taskRoleArn);
    if (!shared.length) return pass(`All ${count(defs.length, "ECS task definition")} in ${c.region} give their tasks a role of their own`, defs.map((d) => d.taskDefinitionArn ?? ""));
    return fail(`${count(shared.length, "ECS task definition")} in ${c.accountId} ${c.region} ${shared.length === 1 ? "has" : "have"} no task role, so their containers use the instance's permissions: ${few(shared.map((d) => d.family ?? ""))}`, shared.map((d) => d.taskDefinitionArn ?? ""));
  },
});
