import type { PublicAccessBlockConfiguration } from "@aws-sdk/client-s3-control";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { Bucket } from "../../../src/verify/collect/s3.js";
import type { RowFile } from "./row.js";

const ALL_ON: PublicAccessBlockConfiguration = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const ACCOUNT_ARN = `arn:aws:s3:::account/${ACCOUNT}`;
const arn = (name: string) => `arn:aws:s3:::${name}`;
const bucket = (name: string, blocked: boolean, algorithm?: string): Bucket => ({
  name,
  publicAccessBlock: blocked ? ALL_ON : null,
  encryption: algorithm ? [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: algorithm as "aws:kms" } }] : null,
});
const s3 = (account: PublicAccessBlockConfiguration | null, buckets: Bucket[]): FakeData => ({ s3: { accountPublicAccessBlock: ok(account), buckets: ok(buckets) } });

export default {
  rows: [
    { name: "all four switches on", check: "s3.account-public-access-block", data: s3(ALL_ON, []), status: "pass", resources: [ACCOUNT_ARN] },
    { name: "partial", check: "s3.account-public-access-block", data: s3({ ...ALL_ON, RestrictPublicBuckets: false }, []), status: "fail", detail: /RestrictPublicBuckets off/, resources: [ACCOUNT_ARN] },
    { name: "none", check: "s3.account-public-access-block", data: s3(null, []), status: "fail", detail: /no account-level/ },
    { name: "setting unreadable", check: "s3.account-public-access-block", data: { s3: { accountPublicAccessBlock: denied("s3control:GetPublicAccessBlock") } }, status: "unknown" },

    { name: "no buckets, no account block", check: "s3.bucket-public-access-block", data: s3(null, []), status: "not-applicable" },
    { name: "account block covers buckets", check: "s3.bucket-public-access-block", data: s3(ALL_ON, [bucket("logs", false)]), status: "pass", resources: [ACCOUNT_ARN, arn("logs")] },
    { name: "every bucket blocks", check: "s3.bucket-public-access-block", data: s3(null, [bucket("logs", true)]), status: "pass", resources: [arn("logs")] },
    { name: "one bucket open", check: "s3.bucket-public-access-block", data: s3(null, [bucket("logs", true), bucket("site", false)]), status: "fail", detail: /site/, resources: [arn("site")] },
    { name: "buckets unreadable", check: "s3.bucket-public-access-block", data: { s3: { accountPublicAccessBlock: ok(null), buckets: denied("s3:GetPublicAccessBlock") } }, status: "unknown" },

    { name: "no buckets", check: "s3.bucket-encryption", data: s3(null, []), status: "not-applicable" },
    { name: "KMS everywhere", check: "s3.bucket-encryption", data: s3(null, [bucket("logs", true, "aws:kms"), bucket("data", true, "aws:kms:dsse")]), status: "pass", resources: [arn("logs"), arn("data")] },
    { name: "SSE-S3 and none", check: "s3.bucket-encryption", data: s3(null, [bucket("logs", true, "AES256"), bucket("old", true)]), status: "fail", detail: /logs \(AES256\), old \(no default encryption\)/, resources: [arn("logs"), arn("old")] },
    { name: "encryption unreadable", check: "s3.bucket-encryption", data: { s3: { buckets: denied("s3:GetBucketEncryption", "error") } }, status: "error" },
  ],
  alwaysApplicable: { "s3.account-public-access-block": "every account has the account-level Block Public Access setting, set or not" },
} satisfies RowFile;
