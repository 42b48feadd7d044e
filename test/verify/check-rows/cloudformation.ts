import type { StackSetSummary, StackSummary } from "@aws-sdk/client-cloudformation";
import type { OrgAccount, OrgSnapshot } from "../../../src/verify/scan/organization.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const NOW = new Date("2026-12-04T12:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);
const stackId = (name: string) => `arn:aws:cloudformation:eu-west-1:${ACCOUNT}:stack/${name}/1`;
const stack = (name: string, drift: "IN_SYNC" | "DRIFTED" | "NOT_CHECKED", checked?: Date): StackSummary => ({ StackName: name, StackId: stackId(name), StackStatus: "UPDATE_COMPLETE", CreationTime: daysAgo(400), DriftInformation: { StackDriftStatus: drift, ...(checked ? { LastCheckTimestamp: checked } : {}) } });
const stacks = (...list: StackSummary[]): FakeData => ({ cloudformation: { stacks: ok(list) } });
const UNREADABLE: FakeData = { cloudformation: { stacks: denied("cloudformation:ListStacks") } };

const member = (id: string): OrgAccount => ({ id, name: id, status: "ACTIVE", ou: "Root/Prod", parents: ["ou-prod", "r-root"] });
const ORG: Partial<OrgSnapshot> = { organization: { id: "o-abc", managementAccountId: ACCOUNT, featureSet: "ALL" }, accounts: [member(ACCOUNT), member("222233334444")], delegatedAdmins: ok([]) };
const set = (name: string, PermissionModel: "SERVICE_MANAGED" | "SELF_MANAGED", auto = false): StackSetSummary => ({ StackSetName: name, StackSetId: `${name}:1`, Status: "ACTIVE", PermissionModel, AutoDeployment: { Enabled: auto } });
const sets = (...list: StackSetSummary[]): FakeData => ({ stackSets: { stackSets: ok(list) } });

const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], org?: Partial<OrgSnapshot>): CheckRow => ({ check, name, data, status, opts: { now: NOW, ...(org ? { org } : {}) }, ...(resources ? { resources } : {}) });

export default {
  rows: [
    row("cloudformation.drift-checked", "checked this week", stacks(stack("app", "IN_SYNC", daysAgo(2)), stack("net", "DRIFTED", daysAgo(6))), "pass", [stackId("app"), stackId("net")]),
    row("cloudformation.drift-checked", "one never checked", stacks(stack("app", "IN_SYNC", daysAgo(2)), stack("old", "NOT_CHECKED")), "fail", [stackId("old")]),
    row("cloudformation.drift-checked", "checked last year", stacks(stack("app", "IN_SYNC", daysAgo(90))), "fail", [stackId("app")]),
    row("cloudformation.drift-checked", "no stacks", stacks(), "not-applicable", []),
    row("cloudformation.drift-checked", "stacks unreadable", UNREADABLE, "unknown"),
    row("cloudformation.no-drift", "in sync", stacks(stack("app", "IN_SYNC", daysAgo(2)), stack("new", "NOT_CHECKED")), "pass", [stackId("app")]),
    row("cloudformation.no-drift", "drifted", stacks(stack("app", "IN_SYNC", daysAgo(2)), stack("net", "DRIFTED", daysAgo(2))), "fail", [stackId("net")]),
    row("cloudformation.no-drift", "never checked", stacks(stack("new", "NOT_CHECKED")), "not-applicable", []),
    row("cloudformation.no-drift", "no stacks", stacks(), "not-applicable", []),
    row("cloudformation.no-drift", "stacks unreadable", UNREADABLE, "unknown"),
    row("cloudformation.org-stacksets", "service-managed baseline", sets(set("baseline", "SERVICE_MANAGED", true), set("local", "SELF_MANAGED")), "pass", [`arn:aws:cloudformation:eu-west-1:${ACCOUNT}:stackset/baseline:1`], ORG),
    row("cloudformation.org-stacksets", "self-managed only", sets(set("local", "SELF_MANAGED")), "fail", [], ORG),
    row("cloudformation.org-stacksets", "standalone account", sets(), "fail", []),
    row("cloudformation.org-stacksets", "management account only", sets(), "not-applicable", [], { ...ORG, accounts: [member(ACCOUNT)] }),
    row("cloudformation.org-stacksets", "stack sets unreadable", { stackSets: { stackSets: denied("cloudformation:ListStackSets") } }, "unknown", undefined, ORG),
  ],
} satisfies RowFile;
