import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** SSE-S3 is AWS's floor since 2023; Zero Trust wants keys whose use is governed and logged (KMS). */
export default defineCheck({
  id: "s3.bucket-encryption",
  scope: "account",
  async run(c) {
    const buckets = c.need((await c.data("s3")).buckets);
    const kms = (b: (typeof buckets)[number]) => (b.encryption ?? []).some((r) => /^aws:kms/.test(r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? ""));
    const weak = buckets.filter((b) => !kms(b));
    if (!buckets.length) return notApplicable(`No S3 buckets in ${c.accountId}`);
    if (!weak.length) return pass(`All ${count(buckets.length, "bucket")} in ${c.accountId} encrypt by default with KMS keys`, buckets.map((b) => `arn:aws:s3:::${b.name}`));
    return fail(`${count(weak.length, "S3 bucket")} in ${c.accountId} ${weak.length === 1 ? "does" : "do"} not encrypt with a KMS key by default: ${few(weak.map((b) => `${b.name} (${b.encryption?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? "no default encryption"})`))}`, weak.map((b) => `arn:aws:s3:::${b.name}`));
  },
});
