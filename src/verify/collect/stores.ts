// Collectors for data stores and their protection: RDS, DynamoDB, AWS Backup, Resource Explorer.
import { BackupClient, ListBackupPlansCommand, ListBackupSelectionsCommand, ListBackupVaultsCommand, type BackupPlansListMember } from "@aws-sdk/client-backup";
import { DescribeContinuousBackupsCommand, DescribeTableCommand, DynamoDBClient, ListTablesCommand, type TableDescription } from "@aws-sdk/client-dynamodb";
import { DescribeDBClustersCommand, DescribeDBInstancesCommand, DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand, RDSClient, type DBSnapshot } from "@aws-sdk/client-rds";
import { ListIndexesCommand, ResourceExplorer2Client } from "@aws-sdk/client-resource-explorer-2";
import type { ClientFactory } from "../aws/clients.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got, gotAfter } from "./fetch.js";

export interface RdsSnapshot {
  snapshot: DBSnapshot;
  /** Account ids allowed to restore it; `all` makes it public. */
  restorableBy: string[];
}

export async function collectRds(clients: ClientFactory) {
  const rds = clients.get("rds", RDSClient);
  const [instances, clusters, manualSnapshots] = await Promise.all([
    got(["rds:DescribeDBInstances"], () =>
      all(async (Marker) => {
        const r = await call("rds:DescribeDBInstances", () => rds.send(new DescribeDBInstancesCommand({ Marker, MaxRecords: 100 })));
        return { items: r.DBInstances, next: r.Marker };
      }),
    ),
    got(["rds:DescribeDBClusters"], () =>
      all(async (Marker) => {
        const r = await call("rds:DescribeDBClusters", () => rds.send(new DescribeDBClustersCommand({ Marker, MaxRecords: 100 })));
        return { items: r.DBClusters, next: r.Marker };
      }),
    ),
    // Only manual snapshots can be shared; automated ones never are.
    got(["rds:DescribeDBSnapshots"], () =>
      all(async (Marker) => {
        const r = await call("rds:DescribeDBSnapshots", () => rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: "manual", Marker, MaxRecords: 100 })));
        return { items: r.DBSnapshots, next: r.Marker };
      }),
    ),
  ]);
  const snapshots = await gotAfter(manualSnapshots, ["rds:DescribeDBSnapshots", "rds:DescribeDBSnapshotAttributes"], () =>
    mapLimit(manualSnapshots.ok ? manualSnapshots.value : [], 4, async (snapshot): Promise<RdsSnapshot> => {
      const r = await call("rds:DescribeDBSnapshotAttributes", () => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: snapshot.DBSnapshotIdentifier })));
      const restore = (r.DBSnapshotAttributesResult?.DBSnapshotAttributes ?? []).find((a) => a.AttributeName === "restore");
      return { snapshot, restorableBy: restore?.AttributeValues ?? [] };
    }),
  );
  return { instances, clusters, snapshots };
}

export interface DynamoTable {
  table: TableDescription;
  pointInTimeRecovery: boolean;
}

export async function collectDynamoDb(clients: ClientFactory) {
  const ddb = clients.get("dynamodb", DynamoDBClient);
  const tables = await got(["dynamodb:ListTables", "dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups"], async (): Promise<DynamoTable[]> => {
    const names = await all(async (ExclusiveStartTableName) => {
      const r = await call("dynamodb:ListTables", () => ddb.send(new ListTablesCommand({ ExclusiveStartTableName, Limit: 100 })));
      return { items: r.TableNames, next: r.LastEvaluatedTableName };
    });
    return mapLimit(names, 4, async (TableName) => {
      const [described, backups] = await Promise.all([
        call("dynamodb:DescribeTable", () => ddb.send(new DescribeTableCommand({ TableName }))),
        call("dynamodb:DescribeContinuousBackups", () => ddb.send(new DescribeContinuousBackupsCommand({ TableName }))),
      ]);
      return {
        table: described.Table ?? { TableName },
        pointInTimeRecovery: backups.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === "ENABLED",
      };
    });
  });
  return { tables };
}

export interface BackupPlan {
  plan: BackupPlansListMember;
  /** Names of the plan's resource assignments. */
  selections: string[];
}

export async function collectBackup(clients: ClientFactory) {
  const backup = clients.get("backup", BackupClient);
  const [plans, vaults] = await Promise.all([
    got(["backup:ListBackupPlans", "backup:ListBackupSelections"], async (): Promise<BackupPlan[]> => {
      const list = await all(async (NextToken) => {
        const r = await call("backup:ListBackupPlans", () => backup.send(new ListBackupPlansCommand({ NextToken, MaxResults: 100 })));
        return { items: r.BackupPlansList, next: r.NextToken };
      });
      return mapLimit(list, 4, async (plan) => {
        const selections = await all(async (NextToken) => {
          const r = await call("backup:ListBackupSelections", () => backup.send(new ListBackupSelectionsCommand({ BackupPlanId: plan.BackupPlanId, NextToken, MaxResults: 100 })));
          return { items: r.BackupSelectionsList, next: r.NextToken };
        });
        return { plan, selections: selections.map((s) => s.SelectionName ?? s.SelectionId ?? "") };
      });
    }),
    got(["backup:ListBackupVaults"], () =>
      all(async (NextToken) => {
        const r = await call("backup:ListBackupVaults", () => backup.send(new ListBackupVaultsCommand({ NextToken, MaxResults: 100 })));
        return { items: r.BackupVaultList, next: r.NextToken };
      }),
    ),
  ]);
  return { plans, vaults };
}

/** Resource Explorer lists the account's indexes in every Region from any one Region. */
export async function collectResourceExplorer(clients: ClientFactory) {
  const rex = clients.get("resourceexplorer", ResourceExplorer2Client);
  const indexes = await got(["resource-explorer-2:ListIndexes"], () =>
    all(async (NextToken) => {
      const r = await call("resource-explorer-2:ListIndexes", () => rex.send(new ListIndexesCommand({ NextToken, MaxResults: 100 })));
      return { items: r.Indexes, next: r.NextToken };
    }),
  );
  return { indexes };
}
