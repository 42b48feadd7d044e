import type { PermissionSet } from "../../../src/verify/collect/identity.js";
import { denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const INSTANCE = "arn:aws:sso:::instance/ssoins-1";
const set = (name: string, managedPolicies: string[], sessionDuration?: string): PermissionSet => ({ arn: `${INSTANCE}/ps-${name}`, name, managedPolicies, sessionDuration });
const sso = (sets: PermissionSet[] | null): FakeData => ({ ssoadmin: { instances: ok(sets ? [{ InstanceArn: INSTANCE, IdentityStoreId: "d-1" }] : []), permissionSets: ok(sets ?? []) } });
const unreadable: FakeData = { ssoadmin: { instances: denied("sso-admin:ListInstances"), permissionSets: denied("sso-admin:ListInstances") } };
const ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";

export default {
  alwaysApplicable: { "sso.identity-center-instance": "the organization has an Identity Center instance or it does not" },
  rows: [
    { name: "instance", check: "sso.identity-center-instance", data: sso([]), status: "pass", resources: [INSTANCE] },
    { name: "no instance", check: "sso.identity-center-instance", data: sso(null), status: "fail" },
    { name: "unreadable", check: "sso.identity-center-instance", data: unreadable, status: "unknown" },

    { name: "no instance", check: "sso.permission-sets", data: sso(null), status: "not-applicable" },
    { name: "no permission sets", check: "sso.permission-sets", data: sso([]), status: "not-applicable" },
    { name: "admin and read-only", check: "sso.permission-sets", data: sso([set("Admin", [ADMIN]), set("ReadOnly", ["arn:aws:iam::aws:policy/ReadOnlyAccess"])]), status: "pass", resources: [`${INSTANCE}/ps-Admin`, `${INSTANCE}/ps-ReadOnly`] },
    { name: "admin only", check: "sso.permission-sets", data: sso([set("Admin", [ADMIN])]), status: "fail", detail: /grants AdministratorAccess/ },
    { name: "unreadable", check: "sso.permission-sets", data: unreadable, status: "unknown" },

    { name: "no permission sets", check: "sso.session-duration", data: sso([]), status: "not-applicable" },
    { name: "no instance", check: "sso.session-duration", data: sso(null), status: "not-applicable" },
    { name: "default and short sessions", check: "sso.session-duration", data: sso([set("Admin", [ADMIN]), set("Dev", [], "PT8H"), set("Ops", [], "PT1H30M")]), status: "pass", resources: ["Admin", "Dev", "Ops"].map((n) => `${INSTANCE}/ps-${n}`) },
    { name: "seconds, as some endpoints answer the default", check: "sso.session-duration", data: sso([set("Admin", [ADMIN], "3600")]), status: "pass" },
    { name: "twelve hours", check: "sso.session-duration", data: sso([set("Admin", [ADMIN], "PT1H"), set("Dev", [], "PT12H"), set("Ops", [], "PT8H30M")]), status: "fail", detail: /Dev \(PT12H\), Ops \(PT8H30M\)/, resources: [`${INSTANCE}/ps-Dev`, `${INSTANCE}/ps-Ops`] },
    { name: "instance readable, permission sets not", check: "sso.session-duration", data: { ssoadmin: { instances: ok([{ InstanceArn: INSTANCE }]), permissionSets: denied("sso-admin:DescribePermissionSet", "error") } }, status: "error" },
    { name: "unreadable", check: "sso.session-duration", data: unreadable, status: "unknown" },
  ],
} satisfies RowFile;
