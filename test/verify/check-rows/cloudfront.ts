import type { DistributionSummary } from "@aws-sdk/client-cloudfront";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (id: string) => `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`;
const dist = (id: string, extra: Partial<DistributionSummary> = {}): DistributionSummary =>
  ({ Id: id, ARN: arn(id), DomainName: `${id}.cloudfront.net`, WebACLId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/1`, DefaultCacheBehavior: { ViewerProtocolPolicy: "redirect-to-https" }, ViewerCertificate: { CloudFrontDefaultCertificate: false, MinimumProtocolVersion: "TLSv1.2_2021" }, ...extra }) as DistributionSummary;
const cf = (...d: DistributionSummary[]): FakeData => ({ cloudfront: { distributions: ok(d) } });
const unreadable: FakeData = { cloudfront: { distributions: denied("cloudfront:ListDistributions") } };
const opts = { region: "global" };
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail, opts });

const rows: CheckRow[] = [];
for (const check of ["cloudfront.viewer-https", "cloudfront.tls-minimum", "cloudfront.waf"]) {
  rows.push(row(check, "no distributions", cf(), "not-applicable"), row(check, "distributions unreadable", unreadable, "unknown", [], /ListDistributions/));
}
const partial = { Id: "E9", ARN: arn("E9"), DomainName: "E9.cloudfront.net" } as DistributionSummary;
for (const check of ["cloudfront.viewer-https", "cloudfront.tls-minimum", "cloudfront.waf"]) rows.push(row(check, "a summary without its fields is not a pass", cf(dist("E1"), partial), "unknown", [], /E9/));
rows.push(
  row("cloudfront.viewer-https", "HTTPS everywhere", cf(dist("E1")), "pass", [arn("E1")]),
  row("cloudfront.viewer-https", "a path behavior allows HTTP", cf(dist("E1", { CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: "/legacy/*", ViewerProtocolPolicy: "allow-all" }] } } as Partial<DistributionSummary>)), "fail", [arn("E1")], /allow-all/),
  row("cloudfront.tls-minimum", "TLS 1.2 policy on a custom certificate", cf(dist("E1")), "pass", [arn("E1")]),
  row("cloudfront.tls-minimum", "the default certificate", cf(dist("E1", { ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: "TLSv1" } })), "fail", [arn("E1")]),
  row("cloudfront.tls-minimum", "TLS 1.1 policy", cf(dist("E1", { ViewerCertificate: { CloudFrontDefaultCertificate: false, MinimumProtocolVersion: "TLSv1.1_2016" } })), "fail", [arn("E1")]),
  row("cloudfront.waf", "web ACL on every distribution", cf(dist("E1")), "pass", [arn("E1")]),
  row("cloudfront.waf", "no web ACL", cf(dist("E1"), dist("E2", { WebACLId: "" })), "fail", [arn("E2")], /E2\.cloudfront\.net/),
);

export default { rows } satisfies RowFile;
