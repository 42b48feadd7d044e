import type { Bucket } from "../../../src/verify/collect/s3.js";
import { parsePolicy } from "../../../src/verify/policy.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const kms = [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" as const, KMSMasterKeyID: "key" } }];
const bucket = (name: string, extra: Partial<Bucket> = {}): Bucket => ({ name, publicAccessBlock: ALL, encryption: kms, policy: [], ...extra });
const s3 = (account: object | null, ...buckets: Bucket[]): FakeData => ({ s3: { accountPublicAccessBlock: ok(account as never), buckets: ok(buckets) } });
const statement = (Principal: unknown, Condition?: object) => parsePolicy(JSON.stringify({ Statement: [{ Effect: "Allow", Principal, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*", ...(Condition ? { Condition } : {}) }] }));
const arn = (name: string) => `arn:aws:s3:::${name}`;
const ACCOUNT_ARN = `arn:aws:s3:::account/${ACCOUNT}`;
const opts = { region: "global" };
const unreadable: FakeData = { s3: { accountPublicAccessBlock: ok(null), buckets: denied("s3:ListBuckets") } };
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail, opts });

export default {
  rows: [
    row("s3.account-public-access-block", "all four switches on", s3(ALL), "pass", [ACCOUNT_ARN]),
    row("s3.account-public-access-block", "partial", s3({ ...ALL, RestrictPublicBuckets: false }), "fail", [ACCOUNT_ARN], /RestrictPublicBuckets off/),
    row("s3.account-public-access-block", "none", s3(null), "fail", [ACCOUNT_ARN], /no account-level/),
    row("s3.account-public-access-block", "unreadable", { s3: { accountPublicAccessBlock: denied("s3control:GetPublicAccessBlock") } }, "unknown"),
    row("s3.bucket-public-access-block", "covered by the account", s3(ALL, bucket("data", { publicAccessBlock: null })), "pass", [ACCOUNT_ARN, arn("data")]),
    row("s3.bucket-public-access-block", "each bucket blocks", s3(null, bucket("data")), "pass", [arn("data")]),
    row("s3.bucket-public-access-block", "a bucket without a block", s3(null, bucket("data"), bucket("open", { publicAccessBlock: null })), "fail", [arn("open")]),
    row("s3.bucket-public-access-block", "no buckets", s3(null), "not-applicable"),
    row("s3.bucket-public-access-block", "buckets unreadable", unreadable, "unknown"),
    row("s3.bucket-encryption", "KMS everywhere", s3(null, bucket("data")), "pass", [arn("data")]),
    row("s3.bucket-encryption", "SSE-S3 only", s3(null, bucket("logs", { encryption: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" as const } }] })), "fail", [arn("logs")]),
    row("s3.bucket-encryption", "no buckets", s3(null), "not-applicable"),
    row("s3.bucket-encryption", "buckets unreadable", unreadable, "unknown"),
    row("s3.bucket-policy-public", "org-only and VPC-endpoint-only policies", s3(null, bucket("shared", { policy: statement("*", { StringEquals: { "aws:PrincipalOrgID": "o-abc" } }) }), bucket("private", { policy: statement({ AWS: "*" }, { StringEquals: { "aws:SourceVpce": "vpce-1" } }) })), "pass", [arn("shared"), arn("private")]),
    row("s3.bucket-policy-public", "a website bucket open to anyone", s3(null, bucket("site", { publicAccessBlock: null, policy: statement("*") })), "fail", [arn("site")], /site/),
    row("s3.bucket-policy-public", "a public policy the account neutralises", s3(ALL, bucket("site", { publicAccessBlock: null, policy: statement("*") })), "pass", [arn("site")], /restricts public bucket policies/),
    row("s3.bucket-policy-public", "no buckets", s3(null), "not-applicable"),
    row("s3.bucket-policy-public", "buckets unreadable", unreadable, "unknown"),
  ],
  alwaysApplicable: { "s3.account-public-access-block": "every account has the account-level setting, on or off" },
} satisfies RowFile;
