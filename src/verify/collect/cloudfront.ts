// CloudFront is global: its distributions are read once per account, from us-east-1.
import { CloudFrontClient, ListDistributionsCommand, type DistributionSummary } from "@aws-sdk/client-cloudfront";
import type { ClientFactory } from "../aws/clients.js";
import { all, call, got } from "./fetch.js";

export async function collectCloudFront(clients: ClientFactory) {
  const cloudfront = clients.inRegion("us-east-1").get("cloudfront", CloudFrontClient);
  const distributions = await got(["cloudfront:ListDistributions"], () =>
    all(async (Marker): Promise<{ items: DistributionSummary[] | undefined; next: string | undefined }> => {
      const r = (await call("cloudfront:ListDistributions", () => cloudfront.send(new ListDistributionsCommand({ Marker, MaxItems: 100 })))).DistributionList;
      return { items: r?.Items, next: r?.IsTruncated ? r.NextMarker : undefined };
    }),
  );
  return { distributions };
}
