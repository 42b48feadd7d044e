import type { BackupVaultListMember } from "@aws-sdk/client-backup";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { BackupPlan } from "../../../src/verify/collect/stores.js";
import type { RowFile } from "./row.js";

const planArn = (id: string) => `arn:aws:backup:eu-west-1:${ACCOUNT}:backup-plan:${id}`;
const vaultArn = (name: string) => `arn:aws:backup:eu-west-1:${ACCOUNT}:backup-vault:${name}`;
const plan = (id: string, ...selections: string[]): BackupPlan => ({ plan: { BackupPlanId: id, BackupPlanName: id, BackupPlanArn: planArn(id) }, selections });
const vault = (name: string, points: number, Locked = false): BackupVaultListMember => ({ BackupVaultName: name, BackupVaultArn: vaultArn(name), NumberOfRecoveryPoints: points, Locked });
/** A Region with `stores` DynamoDB tables (the other stores empty) and the given plans. */
const region = (stores: number, plans: BackupPlan[]): FakeData => ({
  rds: { instances: ok([]), clusters: ok([]) },
  dynamodb: { tables: ok(Array.from({ length: stores }, (_, i) => ({ table: { TableName: `t${i}` }, pointInTimeRecovery: false }))) },
  ec2: { volumes: ok([]) },
  backup: { plans: ok(plans) },
});
const vaults = (list: BackupVaultListMember[]): FakeData => ({ backup: { vaults: ok(list) } });

export default {
  rows: [
    { name: "no stores, no plans", check: "backup.plans", data: region(0, []), status: "not-applicable" },
    { name: "a plan selecting resources", check: "backup.plans", data: region(2, [plan("daily", "by-tag"), plan("empty")]), status: "pass", detail: /daily/, resources: [planArn("daily")] },
    { name: "tables and no plan", check: "backup.plans", data: region(2, []), status: "fail", detail: /2 data stores/ },
    { name: "a plan that selects nothing", check: "backup.plans", data: region(1, [plan("empty")]), status: "fail", detail: /selects no resources/, resources: [planArn("empty")] },
    { name: "plans unreadable", check: "backup.plans", data: { ...region(1, []), backup: { plans: denied("backup:ListBackupPlans") } }, status: "unknown", detail: /backup:ListBackupPlans/ },

    { name: "only an empty Default vault", check: "backup.vault-lock", data: vaults([vault("Default", 0)]), status: "not-applicable" },
    { name: "locked", check: "backup.vault-lock", data: vaults([vault("Default", 0), vault("prod", 12, true)]), status: "pass", resources: [vaultArn("prod")] },
    { name: "unlocked with recovery points", check: "backup.vault-lock", data: vaults([vault("prod", 12, true), vault("Default", 3)]), status: "fail", detail: /Default/, resources: [vaultArn("Default")] },
    { name: "vaults unreadable", check: "backup.vault-lock", data: { backup: { vaults: denied("backup:ListBackupVaults") } }, status: "unknown" },
  ],
} satisfies RowFile;
