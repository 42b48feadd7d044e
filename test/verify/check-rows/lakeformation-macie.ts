import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { CheckRow, RowFile } from "./row.js";

const settings = (admins: number, iamAllowed: boolean, where: FakeData = HOLDING.bucketHere): FakeData => place(where, {
  lakeformation: { settings: ok({ DataLakeAdmins: Array.from({ length: admins }, (_, i) => ({ DataLakePrincipalIdentifier: `arn:aws:iam::${ACCOUNT}:role/admin${i}` })), CreateDatabaseDefaultPermissions: iamAllowed ? [{ Principal: { DataLakePrincipalIdentifier: "IAM_ALLOWED_PRINCIPALS" }, Permissions: ["ALL"] }] : [], CreateTableDefaultPermissions: [] } as never) },
});
const macie = (status: FakeData["macie2"], where: FakeData = HOLDING.bucketHere): FakeData => place(where, { macie2: status });
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

export default {
  rows: [
    row("lakeformation.settings", "administrator and Lake Formation grants", settings(1, false), "pass", [`arn:aws:lakeformation:eu-west-1:${ACCOUNT}:data-lake-settings`]),
    row("lakeformation.settings", "IAM_ALLOWED_PRINCIPALS by default", settings(1, true), "fail", [], /IAM_ALLOWED_PRINCIPALS/),
    row("lakeformation.settings", "no administrator", settings(0, false), "fail", [], /no data lake administrator/),
    row("lakeformation.settings", "open defaults but no bucket in the region", settings(0, true, HOLDING.bucketElsewhere), "not-applicable", [], /nothing|no data lake/),
    row("lakeformation.settings", "settings unreadable", place(HOLDING.bucketHere, { lakeformation: { settings: denied("lakeformation:GetDataLakeSettings") } }), "unknown"),
    row("macie.enabled", "enabled", macie({ status: ok("ENABLED") }), "pass", [`arn:aws:macie2:eu-west-1:${ACCOUNT}:session`]),
    row("macie.enabled", "paused", macie({ status: ok("PAUSED") }), "fail", [], /paused/),
    row("macie.enabled", "disabled where a bucket's region is not reported", macie({ status: ok("DISABLED") }, { s3: { buckets: ok([{ name: "old", publicAccessBlock: null, encryption: null, policy: [] }]) } }), "fail", [], /disabled/),
    row("macie.enabled", "disabled but buckets unreadable", macie({ status: ok("DISABLED") }, { s3: { buckets: denied("s3:ListBuckets") } }), "fail", [], /disabled/),
    row("macie.enabled", "buckets only in another region", macie({ status: ok("DISABLED") }, HOLDING.bucketElsewhere), "not-applicable", [], /nothing to inspect/),
    row("macie.enabled", "status unreadable", macie({ status: denied("macie2:GetMacieSession") }), "unknown"),
  ],
} satisfies RowFile;
