import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { blocksAll } from "./block-public-access.js";

export default defineCheck({
  id: "s3.bucket-public-access-block",
  scope: "account",
  async run(c) {
    const s3 = await c.data("s3");
    const account = c.need(s3.accountPublicAccessBlock);
    const buckets = c.need(s3.buckets);
    if (blocksAll(account)) return pass(`Account-level Block Public Access covers all ${count(buckets.length, "bucket")} in ${c.accountId}`, [`arn:aws:s3:::account/${c.accountId}`, ...buckets.map((b) => `arn:aws:s3:::${b.name}`)]);
    const open = buckets.filter((b) => !blocksAll(b.publicAccessBlock));
    if (!buckets.length) return notApplicable(`No S3 buckets in ${c.accountId}`);
    if (!open.length) return pass(`All ${count(buckets.length, "bucket")} in ${c.accountId} block public access`, buckets.map((b) => `arn:aws:s3:::${b.name}`));
    return fail(`${count(open.length, "S3 bucket")} in ${c.accountId} ${open.length === 1 ? "does" : "do"} not fully block public access: ${few(open.map((b) => b.name))}`, open.map((b) => `arn:aws:s3:::${b.name}`));
  },
});
