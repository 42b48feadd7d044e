import { GetBucketEncryptionCommand, GetBucketPolicyCommand, GetPublicAccessBlockCommand, ListBucketsCommand, S3Client, type PublicAccessBlockConfiguration, type ServerSideEncryptionRule } from "@aws-sdk/client-s3";
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from "@aws-sdk/client-s3-control";
import type { ClientFactory } from "../aws/clients.js";
import { parsePolicy, type Statement } from "../policy.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got, isNamed } from "./fetch.js";

export interface Bucket {
  name: string;
  /** Where the bucket lives (ListBuckets' BucketRegion); absent when the endpoint does not say. */
  region?: string;
  publicAccessBlock: PublicAccessBlockConfiguration | null;
  encryption: ServerSideEncryptionRule[] | null;
  /** The bucket policy's statements; empty when it has none. */
  policy: Statement[];
}

/** S3 is account-wide: buckets of every region are listed once, with their own settings. */
export async function collectS3(clients: ClientFactory) {
  const s3 = clients.get("s3", S3Client, { followRegionRedirects: true });
  // Bucket calls go straight to the bucket's region: a bucket asked in another region costs a 301 and
  // a second request (the SDK's redirect is per call, not remembered), i.e. two round trips per bucket.
  const inRegion = new Map<string, S3Client>();
  const s3For = (region: string | undefined) => {
    if (!region || region === clients.region) return s3;
    let c = inRegion.get(region);
    if (!c) inRegion.set(region, (c = clients.inRegion(region).get("s3", S3Client, { followRegionRedirects: true })));
    return c;
  };
  const s3control = clients.get("s3control", S3ControlClient);
  const [accountPublicAccessBlock, buckets] = await Promise.all([
    got(["s3control:GetPublicAccessBlock"], async (): Promise<PublicAccessBlockConfiguration | null> => {
      try {
        return (await call("s3control:GetPublicAccessBlock", () => s3control.send(new GetAccountPublicAccessBlockCommand({ AccountId: clients.accountId })))).PublicAccessBlockConfiguration ?? null;
      } catch (err) {
        if (isNamed(err, "NoSuchPublicAccessBlockConfiguration")) return null;
        throw err;
      }
    }),
    got(["s3:ListBuckets", "s3:GetPublicAccessBlock", "s3:GetBucketEncryption", "s3:GetBucketPolicy"], async (): Promise<Bucket[]> => {
      const list = await all(async (ContinuationToken) => {
        // Any parameter makes ListBuckets paginate and report each bucket's region (BucketRegion).
        const r = await call("s3:ListBuckets", () => s3.send(new ListBucketsCommand({ ContinuationToken, MaxBuckets: 10_000 })));
        return { items: r.Buckets, next: r.ContinuationToken };
      });
      return mapLimit(list, 8, async (b) => {
        const name = b.Name ?? "";
        const bucketS3 = s3For(b.BucketRegion);
        const [publicAccessBlock, encryption, policy] = await Promise.all([
          call("s3:GetPublicAccessBlock", () => bucketS3.send(new GetPublicAccessBlockCommand({ Bucket: name }))).then(
            (r) => r.PublicAccessBlockConfiguration ?? null,
            (err) => (isNamed(err, "NoSuchPublicAccessBlockConfiguration") ? null : Promise.reject(err)),
          ),
          call("s3:GetBucketEncryption", () => bucketS3.send(new GetBucketEncryptionCommand({ Bucket: name }))).then(
            (r) => r.ServerSideEncryptionConfiguration?.Rules ?? null,
            (err) => (isNamed(err, "ServerSideEncryptionConfigurationNotFoundError") ? null : Promise.reject(err)),
          ),
          call("s3:GetBucketPolicy", () => bucketS3.send(new GetBucketPolicyCommand({ Bucket: name }))).then(
            (r) => parsePolicy(r.Policy),
            (err) => (isNamed(err, "NoSuchBucketPolicy") ? [] : Promise.reject(err)),
          ),
        ]);
        return { name, ...(b.BucketRegion ? { region: b.BucketRegion } : {}), publicAccessBlock, encryption, policy };
      });
    }),
  ]);
  return { accountPublicAccessBlock, buckets };
}
