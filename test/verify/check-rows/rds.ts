import type { DBCluster, DBInstance } from "@aws-sdk/client-rds";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RdsSnapshot } from "../../../src/verify/collect/stores.js";
import type { RowFile } from "./row.js";

const dbArn = (id: string) => `arn:aws:rds:eu-west-1:${ACCOUNT}:db:${id}`;
const clusterArn = (id: string) => `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:${id}`;
const snapArn = (id: string) => `arn:aws:rds:eu-west-1:${ACCOUNT}:snapshot:${id}`;
const db = (id: string, StorageEncrypted: boolean, PubliclyAccessible = false, DBClusterIdentifier?: string, BackupRetentionPeriod = 7): DBInstance => ({ DBInstanceIdentifier: id, DBInstanceArn: dbArn(id), StorageEncrypted, PubliclyAccessible, DBClusterIdentifier, BackupRetentionPeriod });
const cluster = (id: string, StorageEncrypted: boolean, BackupRetentionPeriod = 7): DBCluster => ({ DBClusterIdentifier: id, DBClusterArn: clusterArn(id), StorageEncrypted, BackupRetentionPeriod });
const snap = (id: string, ...restorableBy: string[]): RdsSnapshot => ({ snapshot: { DBSnapshotIdentifier: id, DBSnapshotArn: snapArn(id) }, restorableBy });
const rds = (instances: DBInstance[] = [], clusters: DBCluster[] = [], snapshots: RdsSnapshot[] = []): FakeData => ({ rds: { instances: ok(instances), clusters: ok(clusters), snapshots: ok(snapshots) } });

export default {
  rows: [
    { name: "no instances", check: "rds.instance-encryption", data: rds(), status: "not-applicable" },
    { name: "only Aurora members (the cluster decides)", check: "rds.instance-encryption", data: rds([db("aurora-1", false, false, "aurora")]), status: "not-applicable" },
    { name: "encrypted", check: "rds.instance-encryption", data: rds([db("orders", true), db("aurora-1", false, false, "aurora")]), status: "pass", resources: [dbArn("orders")] },
    { name: "one plain", check: "rds.instance-encryption", data: rds([db("orders", true), db("legacy", false)]), status: "fail", detail: /legacy/, resources: [dbArn("legacy")] },
    { name: "instances unreadable", check: "rds.instance-encryption", data: { rds: { instances: denied("rds:DescribeDBInstances") } }, status: "unknown", detail: /rds:DescribeDBInstances/ },

    { name: "no clusters", check: "rds.cluster-encryption", data: rds(), status: "not-applicable" },
    { name: "encrypted cluster", check: "rds.cluster-encryption", data: rds([], [cluster("aurora", true)]), status: "pass", resources: [clusterArn("aurora")] },
    { name: "plain cluster", check: "rds.cluster-encryption", data: rds([], [cluster("aurora", true), cluster("old", false)]), status: "fail", detail: /old/, resources: [clusterArn("old")] },
    { name: "clusters unreadable", check: "rds.cluster-encryption", data: { rds: { clusters: denied("rds:DescribeDBClusters", "error") } }, status: "error" },

    { name: "no instances", check: "rds.public-instances", data: rds(), status: "not-applicable" },
    { name: "private instances", check: "rds.public-instances", data: rds([db("orders", true), db("aurora-1", true, false, "aurora")]), status: "pass", resources: [dbArn("orders"), dbArn("aurora-1")] },
    { name: "a public instance", check: "rds.public-instances", data: rds([db("orders", true), db("reporting", true, true)]), status: "fail", detail: /reporting/, resources: [dbArn("reporting")] },
    { name: "instances unreadable", check: "rds.public-instances", data: { rds: { instances: denied("rds:DescribeDBInstances") } }, status: "unknown" },

    { name: "no manual snapshots", check: "rds.public-snapshots", data: rds(), status: "not-applicable" },
    { name: "private and shared with a named account", check: "rds.public-snapshots", data: rds([], [], [snap("nightly"), snap("to-dr", "444455556666")]), status: "pass", resources: [snapArn("nightly"), snapArn("to-dr")] },
    { name: "restorable by all", check: "rds.public-snapshots", data: rds([], [], [snap("nightly"), snap("leak", "all")]), status: "fail", detail: /leak/, resources: [snapArn("leak")] },
    { name: "attributes unreadable", check: "rds.public-snapshots", data: { rds: { snapshots: denied("rds:DescribeDBSnapshotAttributes") } }, status: "unknown", detail: /DescribeDBSnapshotAttributes/ },

    { name: "no databases", check: "rds.automated-backups", data: rds(), status: "not-applicable" },
    { name: "backups kept (members judged by their cluster)", check: "rds.automated-backups", data: rds([db("orders", true), db("aurora-1", true, false, "aurora", 0)], [cluster("aurora", true, 1)]), status: "pass", detail: /1 days or more/, resources: [dbArn("orders"), clusterArn("aurora")] },
    { name: "retention 0", check: "rds.automated-backups", data: rds([db("orders", true), db("scratch", true, false, undefined, 0)]), status: "fail", detail: /scratch/, resources: [dbArn("scratch")] },
    { name: "clusters unreadable", check: "rds.automated-backups", data: { rds: { instances: ok([]), clusters: denied("rds:DescribeDBClusters") } }, status: "unknown" },
  ],
} satisfies RowFile;
