import { isPublicStatement } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** A public bucket policy takes effect unless RestrictPublicBuckets is on for the bucket or the account. */
export default defineCheck({
  id: "s3.bucket-policy-public",
  scope: "account",
  async run(c) {
    const s3 = await c.data("s3");
    const buckets = c.need(s3.buckets);
    if (!buckets.length) return notApplicable(`No S3 buckets in ${c.accountId}`);
    const accountRestricts = c.need(s3.accountPublicAccessBlock)?.RestrictPublicBuckets === true;
    const open = buckets.filter((b) => !accountRestricts && !b.publicAccessBlock?.RestrictPublicBuckets && b.policy.some(isPublicStatement));
    if (!open.length) return pass(`No policy of the ${count(buckets.length, "S3 bucket")} of ${c.accountId} grants access to anyone${accountRestricts ? " (the account restricts public bucket policies)" : ""}`, buckets.map((b) => `arn:aws:s3:::${b.name}`));
    return fail(`${count(open.length, "S3 bucket")} of ${c.accountId} ${open.length === 1 ? "has a bucket policy" : "have bucket policies"} granting access to anyone: ${few(open.map((b) => b.name))}`, open.map((b) => `arn:aws:s3:::${b.name}`));
  },
});
