import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { DynamoTable } from "../../../src/verify/collect/stores.js";
import type { RowFile } from "./row.js";

const arn = (name: string) => `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/${name}`;
const KEY = `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const table = (name: string, kms: boolean, pointInTimeRecovery = true): DynamoTable => ({
  table: { TableName: name, TableArn: arn(name), ...(kms ? { SSEDescription: { Status: "ENABLED", SSEType: "KMS", KMSMasterKeyArn: KEY } } : {}) },
  pointInTimeRecovery,
});
const tables = (list: DynamoTable[]): FakeData => ({ dynamodb: { tables: ok(list) } });

export default {
  rows: [
    { name: "no tables", check: "dynamodb.cmk-encryption", data: tables([]), status: "not-applicable" },
    { name: "KMS keys", check: "dynamodb.cmk-encryption", data: tables([table("orders", true)]), status: "pass", resources: [arn("orders")] },
    { name: "AWS owned key", check: "dynamodb.cmk-encryption", data: tables([table("orders", true), table("sessions", false)]), status: "fail", detail: /sessions/, resources: [arn("sessions")] },
    { name: "tables unreadable", check: "dynamodb.cmk-encryption", data: { dynamodb: { tables: denied("dynamodb:ListTables") } }, status: "unknown" },

    { name: "no tables", check: "dynamodb.point-in-time-recovery", data: tables([]), status: "not-applicable" },
    { name: "PITR on", check: "dynamodb.point-in-time-recovery", data: tables([table("orders", false, true)]), status: "pass", resources: [arn("orders")] },
    { name: "PITR off", check: "dynamodb.point-in-time-recovery", data: tables([table("orders", true, true), table("cache", true, false)]), status: "fail", detail: /cache/, resources: [arn("cache")] },
    { name: "backups unreadable", check: "dynamodb.point-in-time-recovery", data: { dynamodb: { tables: denied("dynamodb:DescribeContinuousBackups", "error") } }, status: "error", detail: /DescribeContinuousBackups/ },
  ],
} satisfies RowFile;
