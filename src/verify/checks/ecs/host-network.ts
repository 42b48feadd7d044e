import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/**
 * Host network mode shares the instance's network stack: the task reaches the instance metadata
 * service, and with it the instance role, whatever task role it was given (awsvpc gives each task its own).
 */
export default defineCheck({
  id: "ecs.host-network",
  scope: "region",
  async run(c) {
    const defs = c.need((await c.data("ecs", c.region)).taskDefinitions);
    if (!defs.length) return notApplicable(`No active ECS task definitions in ${c.accountId} ${c.region}`);
    const host = defs.filter((d) => d.networkMode === "host");
    if (!host.length) return pass(`None of the ${count(defs.length, "ECS task definition")} in ${c.region} uses host network mode`, defs.map((d) => d.taskDefinitionArn ?? ""));
    return fail(`${count(host.length, "ECS task definition")} in ${c.accountId} ${c.region} ${host.length === 1 ? "uses" : "use"} host network mode, reaching the instance's role through its metadata service: ${few(host.map((d) => d.family ?? ""))}`, host.map((d) => d.taskDefinitionArn ?? ""));
  },
});
