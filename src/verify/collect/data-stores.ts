// Collectors for data stores and their copies: EBS volumes and snapshots, RDS, DynamoDB, AWS Backup, Resource Explorer.
import { BackupClient, ListBackupPlansCommand, ListBackupSelectionsCommand, ListBackupVaultsCommand, type BackupVaultListMember } from "@aws-sdk/client-backup";
import { DescribeContinuousBackupsCommand, DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DescribeSnapshotAttributeCommand, DescribeSnapshotsCommand, DescribeVolumesCommand, EC2Client } from "@aws-sdk/client-ec2";
import { DescribeDBClustersCommand, DescribeDBInstancesCommand, DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand, RDSClient } from "@aws-sdk/client-rds";
import { ListIndexesCommand, ResourceExplorer2Client } from "@aws-sdk/client-resource-explorer-2";
import type { ClientFactory } from "../aws/clients.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got, gotAfter } from "./fetch.js";

export async function collectEbs(clients: ClientFactory) {
  const ec2 = clients.get("ec2", EC2Client);
  const volumes = got(["ec2:DescribeVolumes"], () =>
    all(async (NextToken) => {
      const r = await call("ec2:DescribeVolumes", () => ec2.send(new DescribeVolumesCommand({ NextToken, MaxResults: 500 })));
      return { items: r.Volumes, next: r.NextToken };
    }),
  );
  // Whether the region holds any snapshot of the account (one smallest page): with none, nothing is evaluated and no more is asked.
  const anySnapshot = await got(["ec2:DescribeSnapshots"], async () => (await call("ec2:DescribeSnapshots", () => ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ["self"], MaxResults: 5 })))).Snapshots ?? []);
  // Own snapshots anyone may restore: one filtered call instead of an attribute read per snapshot, and
  // each one it returns (normally none) confirmed by its attribute, so an endpoint that ignores the filter cannot over-report.
  const publicSnapshots = await gotAfter(anySnapshot, ["ec2:DescribeSnapshots", "ec2:DescribeSnapshotAttribute"], async () => {
    const listed = await all(async (NextToken) => {
      const r = await call("ec2:DescribeSnapshots", () => ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ["self"], RestorableByUserIds: ["all"], NextToken, MaxResults: 1000 })));
      return { items: r.Snapshots, next: r.NextToken };
    });
    const confirmed = await mapLimit(listed, 4, async (s) => {
      const r = await call("ec2:DescribeSnapshotAttribute", () => ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: s.SnapshotId, Attribute: "createVolumePermission" })));
      return (r.CreateVolumePermissions ?? []).some((p) => p.Group === "all") ? s : null;
    });
    return confirmed.filter((s): s is NonNullable<typeof s> => !!s);
  });
  return { volumes: await volumes, hasSnapshots: anySnapshot.ok ? { ...anySnapshot, value: anySnapshot.value.length > 0 } : anySnapshot, publicSnapshots };
}

export interface RdsSnapshot {
  id: string;
  arn: string;
  /** Who may restore it: account ids, or "all" when it is public. */
  restorableBy: string[];
}

export async function collectRds(clients: ClientFactory) {
  const rds = clients.get("rds", RDSClient);
  const [instances, clusters, snapshotList] = await Promise.all([
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
    got(["rds:DescribeDBSnapshots"], () =>
      all(async (Marker) => {
        const r = await call("rds:DescribeDBSnapshots", () => rds.send(new DescribeDBSnapshotsCommand({ SnapshotType: "manual", Marker, MaxRecords: 100 })));
        return { items: r.DBSnapshots, next: r.Marker };
      }),
    ),
  ]);
  // Only manual snapshots can be shared; their restore attribute is read one by one, and only when there are any.
  const snapshots = await gotAfter(snapshotList, ["rds:DescribeDBSnapshots", "rds:DescribeDBSnapshotAttributes"], () =>
    mapLimit(snapshotList.ok ? snapshotList.value : [], 4, async (s): Promise<RdsSnapshot> => {
      const r = await call("rds:DescribeDBSnapshotAttributes", () => rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: s.DBSnapshotIdentifier })));
      const restore = r.DBSnapshotAttributesResult?.DBSnapshotAttributes?.find((a) => a.AttributeName === "restore");
      return { id: s.DBSnapshotIdentifier ?? "", arn: s.DBSnapshotArn ?? "", restorableBy: restore?.AttributeValues ?? [] };
    }),
  );
  return { instances, clusters, snapshots };
}

export interface DynamoTable {
  name: string;
  arn: string;
  pointInTimeRecovery: boolean;
}

export async function collectDynamoDb(clients: ClientFactory) {
  const ddb = clients.get("dynamodb", DynamoDBClient);
  const tables = await got(["dynamodb:ListTables", "dynamodb:DescribeContinuousBackups"], async (): Promise<DynamoTable[]> => {
    const names = await all(async (ExclusiveStartTableName) => {
      const r = await call("dynamodb:ListTables", () => ddb.send(new ListTablesCommand({ ExclusiveStartTableName, Limit: 100 })));
      return { items: r.TableNames, next: r.LastEvaluatedTableName };
    });
    return mapLimit(names, 4, async (name) => {
      const r = await call("dynamodb:DescribeContinuousBackups", () => ddb.send(new DescribeContinuousBackupsCommand({ TableName: name })));
      return { name, arn: `arn:aws:dynamodb:${clients.region}:${clients.accountId}:table/${name}`, pointInTimeRecovery: r.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === "ENABLED" };
    });
  });
  return { tables };
}

export interface BackupPlan {
  id: string;
  arn: string;
  name: string;
  selections: number;
}

/** Plans, each with whether it selects any resource (a plan without a selection backs up nothing). */
export async function collectBackupPlans(clients: ClientFactory) {
  const backup = clients.get("backup", BackupClient);
  const planList = await got(["backup:ListBackupPlans"], () =>
    all(async (NextToken) => {
      const r = await call("backup:ListBackupPlans", () => backup.send(new ListBackupPlansCommand({ NextToken, MaxResults: 1000 })));
      return { items: r.BackupPlansList, next: r.NextToken };
    }),
  );
  const plans = await gotAfter(planList, ["backup:ListBackupPlans", "backup:ListBackupSelections"], () =>
    mapLimit(planList.ok ? planList.value : [], 4, async (p): Promise<BackupPlan> => {
      const r = await call("backup:ListBackupSelections", () => backup.send(new ListBackupSelectionsCommand({ BackupPlanId: p.BackupPlanId, MaxResults: 1000 })));
      return { id: p.BackupPlanId ?? "", arn: p.BackupPlanArn ?? "", name: p.BackupPlanName ?? "", selections: r.BackupSelectionsList?.length ?? 0 };
    }),
  );
  return { plans };
}

/** Vaults are read apart from plans: copies from other regions land in vaults of a region that has no plan. */
export async function collectBackupVaults(clients: ClientFactory) {
  const backup = clients.get("backup", BackupClient);
  const vaults = await got(["backup:ListBackupVaults"], (): Promise<BackupVaultListMember[]> =>
    all(async (NextToken) => {
      const r = await call("backup:ListBackupVaults", () => backup.send(new ListBackupVaultsCommand({ NextToken, MaxResults: 1000 })));
      return { items: r.BackupVaultList, next: r.NextToken };
    }),
  );
  return { vaults };
}

/** Resource Explorer indexes of the account, in every region (one call lists them all). */
export async function collectResourceExplorer(clients: ClientFactory) {
  const rex = clients.get("resourceexplorer2", ResourceExplorer2Client);
  const indexes = await got(["resource-explorer-2:ListIndexes"], () =>
    all(async (NextToken) => {
      const r = await call("resource-explorer-2:ListIndexes", () => rex.send(new ListIndexesCommand({ NextToken, MaxResults: 100 })));
      return { items: r.Indexes, next: r.NextToken };
    }),
  );
  return { indexes };
}
