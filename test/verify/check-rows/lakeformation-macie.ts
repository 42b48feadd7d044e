import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const settings = (admins: number, iamAllowed: boolean): FakeData => ({
  lakeformation: { settings: ok({ DataLakeAdmins: Array.from({ length: admins }, (_, i) => ({ DataLakePrincipalIdentifier: `arn:aws:iam::${ACCOUNT}:role/admin${i}` })), CreateDatabaseDefaultPermissions: iamAllowed ? [{ Principal: { DataLakePrincipalIdentifier: "IAM_ALLOWED_PRINCIPALS" }, Permissions: ["ALL"] }] : [], CreateTableDefaultPermissions: [] } as never) },
});
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

export default {
  rows: [
    row("lakeformation.settings", "administrator and Lake Formation grants", settings(1, false), "pass", [`arn:aws:lakeformation:eu-west-1:${ACCOUNT}:data-lake-settings`]),
    row("lakeformation.settings", "IAM_ALLOWED_PRINCIPALS by default", settings(1, true), "fail", [], /IAM_ALLOWED_PRINCIPALS/),
    row("lakeformation.settings", "no administrator", settings(0, false), "fail", [], /no data lake administrator/),
    row("lakeformation.settings", "settings unreadable", { lakeformation: { settings: denied("lakeformation:GetDataLakeSettings") } }, "unknown"),
    row("macie.enabled", "enabled", { macie2: { status: ok("ENABLED") } }, "pass", [`arn:aws:macie2:eu-west-1:${ACCOUNT}:session`]),
    row("macie.enabled", "paused", { macie2: { status: ok("PAUSED") } }, "fail", [], /paused/),
    row("macie.enabled", "status unreadable", { macie2: { status: denied("macie2:GetMacieSession") } }, "unknown"),
  ],
  alwaysApplicable: {
    "lakeformation.settings": "every region has Lake Formation settings, defaults included",
    "macie.enabled": "every region has a Macie status, enabled or not",
  },
} satisfies RowFile;
