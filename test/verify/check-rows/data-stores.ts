import type { BackupVaultListMember } from "@aws-sdk/client-backup";
import type { BackupPlan, DynamoTable } from "../../../src/verify/collect/data-stores.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { CheckRow, RowFile } from "./row.js";

const plan = (name: string, selections: number): BackupPlan => ({ id: name, name, arn: `arn:aws:backup:eu-west-1:${ACCOUNT}:backup-plan:${name}`, selections });
const vault = (name: string, points: number, Locked: boolean): BackupVaultListMember => ({ BackupVaultName: name, BackupVaultArn: `arn:aws:backup:eu-west-1:${ACCOUNT}:backup-vault:${name}`, NumberOfRecoveryPoints: points, Locked });
const plans = (list: BackupPlan[], where: FakeData = HOLDING.volume): FakeData => place(where, { backupPlans: { plans: ok(list) } });
const vaults = (list: BackupVaultListMember[]): FakeData => ({ backupVaults: { vaults: ok(list) } });
const table = (name: string, pointInTimeRecovery: boolean): DynamoTable => ({ name, arn: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/${name}`, pointInTimeRecovery });
const ddb = (...tables: DynamoTable[]): FakeData => ({ dynamodb: { tables: ok(tables) } });
const index = (Region: string, Type: "LOCAL" | "AGGREGATOR") => ({ Region, Type, Arn: `arn:aws:resource-explorer-2:${Region}:${ACCOUNT}:index/${Region}` });
const rex = (...indexes: ReturnType<typeof index>[]): FakeData => ({ resourceexplorer: { indexes: ok(indexes) } });
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp, region?: string): CheckRow => ({ check, name, data, status, resources, detail, ...(region ? { opts: { region } } : {}) });

export default {
  rows: [
    row("backup.plans", "a plan with resources", plans([plan("daily", 1), plan("empty", 0)]), "pass", [plan("daily", 1).arn]),
    row("backup.plans", "a plan that selects nothing", plans([plan("empty", 0)]), "fail", [plan("empty", 0).arn], /no resources assigned/),
    row("backup.plans", "no plan", plans([]), "fail", [], /No AWS Backup plan/),
    row("backup.plans", "no plan and nothing to back up", plans([], {}), "not-applicable", [], /nothing to back up/),
    row("backup.plans", "no plan, a bucket in the region", plans([], HOLDING.bucketHere), "fail", [], /No AWS Backup plan/),
    row("backup.plans", "plans unreadable", place(HOLDING.volume, { backupPlans: { plans: denied("backup:ListBackupPlans") } }), "unknown"),
    row("backup.vault-lock", "locked vault", vaults([vault("central", 12, true), vault("empty", 0, false)]), "pass", [vault("central", 1, true).BackupVaultArn!]),
    row("backup.vault-lock", "recovery points without a lock", vaults([vault("Default", 3, false)]), "fail", [vault("Default", 3, false).BackupVaultArn!], /Default/),
    row("backup.vault-lock", "no recovery points", vaults([vault("Default", 0, false)]), "not-applicable"),
    row("backup.vault-lock", "vaults unreadable", { backupVaults: { vaults: denied("backup:ListBackupVaults") } }, "unknown"),
    row("dynamodb.point-in-time-recovery", "on", ddb(table("orders", true)), "pass", [table("orders", true).arn]),
    row("dynamodb.point-in-time-recovery", "off", ddb(table("orders", true), table("sessions", false)), "fail", [table("sessions", false).arn], /sessions/),
    row("dynamodb.point-in-time-recovery", "no tables", ddb(), "not-applicable"),
    row("dynamodb.point-in-time-recovery", "tables unreadable", { dynamodb: { tables: denied("dynamodb:ListTables") } }, "unknown"),
    row("resourceexplorer.aggregator-index", "aggregator in the home region", rex(index("eu-west-1", "AGGREGATOR"), index("eu-central-1", "LOCAL")), "pass", [index("eu-west-1", "AGGREGATOR").Arn], undefined, "global"),
    row("resourceexplorer.aggregator-index", "local indexes only", rex(index("eu-west-1", "LOCAL")), "fail", [index("eu-west-1", "LOCAL").Arn], /no aggregator/, "global"),
    row("resourceexplorer.aggregator-index", "not turned on", rex(), "fail", [], /not turned on/, "global"),
    row("resourceexplorer.aggregator-index", "indexes unreadable", { resourceexplorer: { indexes: denied("resource-explorer-2:ListIndexes") } }, "unknown", undefined, undefined, "global"),
  ],
  alwaysApplicable: {
    "resourceexplorer.aggregator-index": "every account either keeps an aggregator index or not",
  },
} satisfies RowFile;
