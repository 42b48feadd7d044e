// ECS: the latest active revision of every task definition family (what new tasks run).
import { DescribeTaskDefinitionCommand, ECSClient, ListTaskDefinitionFamiliesCommand, type TaskDefinition } from "@aws-sdk/client-ecs";
import type { ClientFactory } from "../aws/clients.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got } from "./fetch.js";

export async function collectEcs(clients: ClientFactory) {
  const ecs = clients.get("ecs", ECSClient);
  const taskDefinitions = await got(["ecs:ListTaskDefinitionFamilies", "ecs:DescribeTaskDefinition"], async (): Promise<TaskDefinition[]> => {
    const families = await all(async (nextToken) => {
      const r = await call("ecs:ListTaskDefinitionFamilies", () => ecs.send(new ListTaskDefinitionFamiliesCommand({ status: "ACTIVE", nextToken, maxResults: 100 })));
      return { items: r.families, next: r.nextToken };
    });
    // A family name resolves to its latest ACTIVE revision: one call per family, not per revision.
    const described = await mapLimit(families, 4, async (family) => (await call("ecs:DescribeTaskDefinition", () => ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family })))).taskDefinition);
    return described.filter((t): t is TaskDefinition => !!t);
  });
  return { taskDefinitions };
}
