import type { ContainerDefinition, TaskDefinition } from "@aws-sdk/client-ecs";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (family: string) => `arn:aws:ecs:eu-west-1:${ACCOUNT}:task-definition/${family}:3`;
const def = (family: string, extra: Partial<TaskDefinition> = {}, ...containers: ContainerDefinition[]): TaskDefinition => ({ family, taskDefinitionArn: arn(family), taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/${family}`, containerDefinitions: containers.length ? containers : [{ name: "app" }], ...extra });
const ecs = (...defs: TaskDefinition[]): FakeData => ({ ecs: { taskDefinitions: ok(defs) } });
const unreadable: FakeData = { ecs: { taskDefinitions: denied("ecs:DescribeTaskDefinition") } };
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

const rows: CheckRow[] = [];
for (const check of ["ecs.task-roles", "ecs.privileged-containers", "ecs.secrets-in-environment", "ecs.host-network"]) {
  rows.push(row(check, "no task definitions", ecs(), "not-applicable"), row(check, "task definitions unreadable", unreadable, "unknown", [], /ecs:DescribeTaskDefinition/));
}
rows.push(
  row("ecs.task-roles", "every family has its role", ecs(def("api"), def("worker")), "pass", [arn("api"), arn("worker")]),
  row("ecs.task-roles", "a family without a task role", ecs(def("api"), def("legacy", { taskRoleArn: undefined })), "fail", [arn("legacy")], /legacy/),
  row("ecs.privileged-containers", "unprivileged containers", ecs(def("api", {}, { name: "app", privileged: false })), "pass", [arn("api")]),
  row("ecs.privileged-containers", "a privileged sidecar", ecs(def("agent", {}, { name: "app" }, { name: "sidecar", privileged: true })), "fail", [arn("agent")], /agent/),
  row("ecs.privileged-containers", "the host's process namespace", ecs(def("debug", { pidMode: "host" })), "fail", [arn("debug")]),
  row("ecs.secrets-in-environment", "secrets referenced, plain settings", ecs(def("api", {}, { name: "app", environment: [{ name: "LOG_LEVEL", value: "info" }], secrets: [{ name: "DB_PASSWORD", valueFrom: "arn:aws:ssm:eu-west-1:111122223333:parameter/db" }] })), "pass", [arn("api")]),
  row("ecs.host-network", "awsvpc and bridge tasks", ecs(def("api", { networkMode: "awsvpc" }), def("web", { networkMode: "bridge" })), "pass", [arn("api"), arn("web")]),
  row("ecs.host-network", "a host-network daemon", ecs(def("api", { networkMode: "awsvpc" }), def("agent", { networkMode: "host" })), "fail", [arn("agent")], /metadata service: agent/),
  row("ecs.secrets-in-environment", "a password in the environment", ecs(def("api", {}, { name: "app", environment: [{ name: "DB_PASSWORD", value: "hunter2" }] })), "fail", [arn("api")], /api/),
  row("ecs.secrets-in-environment", "an empty token variable is not a secret", ecs(def("api", {}, { name: "app", environment: [{ name: "API_TOKEN", value: "" }] })), "pass"),
);

export default { rows } satisfies RowFile;
