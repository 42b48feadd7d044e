import type { DBCluster, DBInstance } from "@aws-sdk/client-rds";
import type { RdsSnapshot } from "../../../src/verify/collect/data-stores.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const dbArn = (id: string) => `arn:aws:rds:eu-west-1:${ACCOUNT}:db:${id}`;
const clusterArn = (id: string) => `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:${id}`;
const db = (id: string, extra: Partial<DBInstance> = {}): DBInstance => ({ DBInstanceIdentifier: id, DBInstanceArn: dbArn(id), StorageEncrypted: true, PubliclyAccessible: false, ...extra });
const cluster = (id: string, StorageEncrypted: boolean, BackupRetentionPeriod = 7): DBCluster => ({ DBClusterIdentifier: id, DBClusterArn: clusterArn(id), StorageEncrypted, BackupRetentionPeriod });
const snap = (id: string, restorableBy: string[]): RdsSnapshot => ({ id, arn: `arn:aws:rds:eu-west-1:${ACCOUNT}:snapshot:${id}`, restorableBy });
const rds = (instances: DBInstance[], clusters: DBCluster[] = [], snapshots: RdsSnapshot[] = []): FakeData => ({ rds: { instances: ok(instances), clusters: ok(clusters), snapshots: ok(snapshots) } });
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

export default {
  rows: [
    row("rds.encryption", "encrypted instance and cluster (its member judged once)", rds([db("app"), db("aurora-1", { DBClusterIdentifier: "aurora", StorageEncrypted: false })], [cluster("aurora", true)]), "pass", [dbArn("app"), clusterArn("aurora")]),
    row("rds.encryption", "an unencrypted instance", rds([db("legacy", { StorageEncrypted: false })]), "fail", [dbArn("legacy")], /legacy/),
    row("rds.encryption", "an unencrypted cluster", rds([], [cluster("old", false)]), "fail", [clusterArn("old")]),
    row("rds.encryption", "no databases", rds([]), "not-applicable"),
    row("rds.encryption", "clusters unreadable", { rds: { instances: ok([]), clusters: denied("rds:DescribeDBClusters") } }, "unknown"),
    row("rds.publicly-accessible", "private", rds([db("app")]), "pass", [dbArn("app")]),
    row("rds.publicly-accessible", "a public address", rds([db("app"), db("exposed", { PubliclyAccessible: true })]), "fail", [dbArn("exposed")], /exposed/),
    row("rds.publicly-accessible", "no instances", rds([]), "not-applicable"),
    row("rds.publicly-accessible", "instances unreadable", { rds: { instances: denied("rds:DescribeDBInstances") } }, "unknown"),
    row("rds.public-snapshots", "shared with one account", rds([], [], [snap("nightly", ["444455556666"])]), "pass", [`arn:aws:rds:eu-west-1:${ACCOUNT}:snapshot:nightly`]),
    row("rds.public-snapshots", "restorable by all", rds([], [], [snap("nightly", []), snap("export", ["all"])]), "fail", [`arn:aws:rds:eu-west-1:${ACCOUNT}:snapshot:export`], /export/),
    row("rds.public-snapshots", "no manual snapshots", rds([]), "not-applicable"),
    row("rds.public-snapshots", "attributes unreadable", { rds: { snapshots: denied("rds:DescribeDBSnapshotAttributes", "error") } }, "error"),
    row("rds.automated-backups", "no databases", rds([]), "not-applicable"),
    row("rds.automated-backups", "backups kept (a member judged by its cluster)", rds([db("app", { BackupRetentionPeriod: 7 }), db("aurora-1", { DBClusterIdentifier: "aurora", BackupRetentionPeriod: 0 })], [cluster("aurora", true, 1)]), "pass", [dbArn("app"), clusterArn("aurora")], /1 days or more/),
    row("rds.automated-backups", "retention 0", rds([db("app", { BackupRetentionPeriod: 7 }), db("scratch", { BackupRetentionPeriod: 0 })]), "fail", [dbArn("scratch")], /scratch/),
    row("rds.automated-backups", "clusters unreadable", { rds: { instances: ok([]), clusters: denied("rds:DescribeDBClusters") } }, "unknown"),
  ],
} satisfies RowFile;
