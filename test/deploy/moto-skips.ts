/**
 * What the deploy rehearsal leaves out because moto 5.2.1 cannot serve it, each naming the moto
 * operation that is missing or refuses, and the "done when" checks that therefore cannot turn to pass
 * in the rehearsal. The README's "Deploy rehearsal" section lists the same entries (a test keeps them
 * in step). Keep it small: everything moto serves is applied.
 */
export type MotoSkip = {
  /** What is left out, as the README names it. */
  what: string;
  /** The AWS operation moto does not implement or refuses. */
  operation: string;
  /** Checks that stay failing because of it. */
  affects?: string[];
} & (
  | { kind: "module-call"; match: string } // module calls of a live root (regular expression over the call name): count = 0
  | { kind: "principal"; match: string } // a trusted-access service principal left out of organization.tf
  | { kind: "in-module"; module: string; override: string } // an override block written into terraform/modules/<module>/
  | { kind: "verify-only" } // applied, but moto does not show the result to verify
);

export const MOTO_SKIPS: MotoSkip[] = [
  {
    kind: "module-call",
    match: "^resource_explorer_",
    what: "resource-explorer: every module call",
    operation: "resource-explorer-2 CreateIndex (no Resource Explorer backend)",
    affects: ["resourceexplorer.aggregator-index"],
  },
  {
    kind: "module-call",
    match: "^guardduty_org_",
    what: "guardduty-org: every module call (security account)",
    operation: "guardduty EnableOrganizationAdminAccount does not create the administrator's detector, which AWS does",
    affects: ["guardduty.enabled", "guardduty.org-admin", "guardduty.s3-protection", "guardduty.eks-audit-logs"],
  },
  {
    kind: "module-call",
    match: "^access_analyzer_",
    what: "access-analyzer: every module call",
    operation: "access-analyzer CreateAnalyzer (no Access Analyzer backend)",
    affects: ["accessanalyzer.external-access", "accessanalyzer.unused-access"],
  },
  {
    kind: "in-module",
    module: "config-recorder-rules/organization",
    override: 'resource "aws_config_organization_managed_rule" "this" {\n  for_each = {}\n}',
    what: "config-recorder-rules: organization Config rules",
    operation: "config PutOrganizationConfigRule",
    affects: ["config.rules"],
  },
  { kind: "principal", match: "resource-explorer-2.amazonaws.com", what: "trusted access for Resource Explorer", operation: "organizations EnableAWSServiceAccess (principal not in moto's list)" },
  { kind: "principal", match: "malware-protection.guardduty.amazonaws.com", what: "trusted access for GuardDuty Malware Protection", operation: "organizations EnableAWSServiceAccess (principal not in moto's list)" },
  {
    kind: "in-module",
    module: "delegated-admins",
    override: 'variable "organization_service_principals" {\n  default = ["config-multiaccountsetup.amazonaws.com", "access-analyzer.amazonaws.com"]\n}',
    what: "delegated-admins: config.amazonaws.com as delegated administrator",
    operation: "organizations RegisterDelegatedAdministrator (moto accepts only some principals)",
  },
  {
    kind: "in-module",
    module: "delegated-admins",
    override: 'resource "aws_securityhub_account" "management" {\n  count = 0\n}\n\nresource "aws_securityhub_organization_admin_account" "this" {\n  count = 0\n}',
    what: "delegated-admins: Security Hub in the management account and its delegated administrator",
    operation: "securityhub UpdateSecurityHubConfiguration, ListOrganizationAdminAccounts",
    affects: ["securityhub.org-admin"],
  },
  {
    kind: "in-module",
    module: "identity-federation",
    override: 'resource "aws_ssoadmin_instance_access_control_attributes" "this" {\n  count = 0\n}',
    what: "identity-federation: attributes for access control",
    operation: "sso-admin CreateInstanceAccessControlAttributeConfiguration",
  },
  {
    kind: "in-module",
    module: "cloudtrail-org-trail",
    override: 'resource "aws_cloudtrail" "org" {\n  enable_logging = false\n}',
    what: "cloudtrail-org-trail: starting the trail's logging",
    operation: "cloudtrail StartLogging by trail ARN (moto looks trails up by name only)",
    affects: ["cloudtrail.logging", "cloudtrail.org-trail", "cloudtrail.multi-region"],
  },
  {
    kind: "in-module",
    module: "iac-state-baseline",
    override: 'resource "aws_s3_bucket_lifecycle_configuration" "state" {\n  count = 0\n}',
    what: "iac-state-baseline: the state bucket's lifecycle rules",
    operation: "s3 GetBucketLifecycleConfiguration (moto does not return the noncurrent-version rule as written; the provider waits 3 minutes)",
  },
  {
    kind: "verify-only",
    what: "inspector-enablement: Inspector status of the accounts the delegated administrator enabled",
    operation: "inspector2 BatchGetAccountStatus in the member account (moto keeps the enablement in the administrator's account), ListCoverage",
    affects: ["inspector2.enabled", "inspector2.ecr-ec2-coverage"],
  },
  {
    kind: "verify-only",
    what: "security-hub-org: the standards each account runs",
    operation: "securityhub GetEnabledStandards",
    affects: ["securityhub.standards"],
  },
];
