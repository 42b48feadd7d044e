import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** A privileged container (or one sharing the host's process namespace) can take over its host and every credential there. */
export default defineCheck({
  id: "ecs.privileged-containers",
  scope: "region",
  async run(c) {
    const defs = c.need((await c.data("ecs", c.region)).taskDefinitions);
    if (!defs.length) return notApplicable(`No active ECS task definitions in ${c.accountId} ${c.region}`);
    const risky = defs.filter((d) => d.pidMode === "host" || (d.containerDefinitions ?? []).some((k) => k.privileged));
    if (!risky.length) return pass(`No container of the ${count(defs.length, "ECS task definition")} in ${c.region} runs privileged or in the host's process namespace`, defs.map((d) => d.taskDefinitionArn ?? ""));
    return fail(`${count(risky.length, "ECS task definition")} in ${c.accountId} ${c.region} ${risky.length === 1 ? "runs" : "run"} privileged containers or share the host's processes: ${few(risky.map((d) => d.family ?? ""))}`, risky.map((d) => d.taskDefinitionArn ?? ""));
  },
});
