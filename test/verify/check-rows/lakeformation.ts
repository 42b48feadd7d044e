import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const SETTINGS = `arn:aws:lakeformation:eu-west-1:${ACCOUNT}:data-lake-settings`;
const admin = { DataLakePrincipalIdentifier: `arn:aws:iam::${ACCOUNT}:role/DataLakeAdmin` };
const iamAllowed = [{ Principal: { DataLakePrincipalIdentifier: "IAM_ALLOWED_PRINCIPALS" }, Permissions: ["ALL" as const] }];
const settings = (value: object | null): FakeData => ({ lakeformation: { settings: ok(value) } });

export default {
  rows: [
    { name: "administrators, own grants", check: "lakeformation.settings", data: settings({ DataLakeAdmins: [admin], CreateDatabaseDefaultPermissions: [], CreateTableDefaultPermissions: [] }), status: "pass", resources: [SETTINGS] },
    { name: "the default settings", check: "lakeformation.settings", data: settings({ DataLakeAdmins: [], CreateDatabaseDefaultPermissions: iamAllowed, CreateTableDefaultPermissions: iamAllowed }), status: "fail", detail: /no data lake administrator; new databases/ },
    { name: "settings unreadable", check: "lakeformation.settings", data: { lakeformation: { settings: denied("lakeformation:GetDataLakeSettings") } }, status: "unknown" },
  ],
  alwaysApplicable: { "lakeformation.settings": "every account and Region has data lake settings (the defaults until changed)" },
} satisfies RowFile;
