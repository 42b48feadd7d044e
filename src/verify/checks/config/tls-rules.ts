import { defineCheck } from "../define.js";
import { managedRule } from "./managed-rule.js";

/** Managed rules that flag traffic allowed without TLS, or with old TLS versions. */
const TLS_RULES = [
  "S3_BUCKET_SSL_REQUESTS_ONLY",
  "ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK",
  "ELB_TLS_HTTPS_LISTENERS_ONLY",
  "ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK",
  "ELBV2_ACM_CERTIFICATE_REQUIRED",
  "API_GW_SSL_ENABLED",
  "CLOUDFRONT_VIEWER_POLICY_HTTPS",
  "OPENSEARCH_HTTPS_REQUIRED",
  "REDSHIFT_REQUIRE_TLS_SSL",
];

export default defineCheck({
  id: "config.tls-rules",
  scope: "region",
  run: (c) => managedRule(c, TLS_RULES, "checks that traffic requires TLS"),
});
