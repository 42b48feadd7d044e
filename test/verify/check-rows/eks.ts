import type { Cluster } from "@aws-sdk/client-eks";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (name: string) => `arn:aws:eks:eu-west-1:${ACCOUNT}:cluster/${name}`;
const cluster = (name: string, extra: Partial<Cluster> = {}): Cluster => ({ name, arn: arn(name), resourcesVpcConfig: { endpointPublicAccess: false }, logging: { clusterLogging: [{ types: ["api", "audit", "authenticator"], enabled: true }] }, ...extra });
const eks = (...clusters: Cluster[]): FakeData => ({ eks: { clusters: ok(clusters) } });
const unreadable: FakeData = { eks: { clusters: denied("eks:DescribeCluster") } };
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

export default {
  rows: [
    row("eks.public-endpoint", "private endpoint", eks(cluster("prod")), "pass", [arn("prod")]),
    row("eks.public-endpoint", "public endpoint limited to an office range", eks(cluster("prod", { resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] } })), "pass", [arn("prod")]),
    row("eks.public-endpoint", "public endpoint open to the internet", eks(cluster("dev", { resourcesVpcConfig: { endpointPublicAccess: true } })), "fail", [arn("dev")], /0\.0\.0\.0\/0: dev/),
    row("eks.public-endpoint", "no clusters", eks(), "not-applicable"),
    row("eks.public-endpoint", "clusters unreadable", unreadable, "unknown"),
    row("eks.control-plane-logging", "audit and authenticator logs on", eks(cluster("prod")), "pass", [arn("prod")]),
    row("eks.control-plane-logging", "only API logs", eks(cluster("prod", { logging: { clusterLogging: [{ types: ["api"], enabled: true }, { types: ["audit", "authenticator"], enabled: false }] } })), "fail", [arn("prod")], /prod/),
    row("eks.control-plane-logging", "no clusters", eks(), "not-applicable"),
    row("eks.control-plane-logging", "clusters unreadable", unreadable, "unknown"),
    row("eks.secrets-encryption", "secrets envelope-encrypted", eks(cluster("prod", { encryptionConfig: [{ resources: ["secrets"], provider: { keyArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/k` } }] })), "pass", [arn("prod")]),
    row("eks.secrets-encryption", "no encryption config", eks(cluster("dev")), "fail", [arn("dev")], /KMS key: dev/),
    row("eks.secrets-encryption", "no clusters", eks(), "not-applicable"),
    row("eks.secrets-encryption", "clusters unreadable", unreadable, "unknown"),
  ],
} satisfies RowFile;
