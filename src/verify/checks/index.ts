// One import per check module: src/verify/checks/<service>/<check>.ts. Keep in step with checks/*.yaml (a test enforces it).
import acmpcaPrivateCa from "./acmpca/private-ca.js";
import backupPlans from "./backup/plans.js";
import backupVaultLock from "./backup/vault-lock.js";
import cloudformationDriftChecked from "./cloudformation/drift-checked.js";
import cloudformationNoDrift from "./cloudformation/no-drift.js";
import cloudformationOrgStacksets from "./cloudformation/org-stacksets.js";
import cloudtrailDataEvents from "./cloudtrail/data-events.js";
import cloudtrailLogValidation from "./cloudtrail/log-validation.js";
import cloudtrailLogging from "./cloudtrail/logging.js";
import cloudtrailMultiRegion from "./cloudtrail/multi-region.js";
import cloudtrailOrgTrail from "./cloudtrail/org-trail.js";
import codebuildIacScanning from "./codebuild/iac-scanning.js";
import codebuildProjects from "./codebuild/projects.js";
import configAggregator from "./config/aggregator.js";
import configAutoRemediation from "./config/auto-remediation.js";
import configCentralRules from "./config/central-rules.js";
import configDriftDetection from "./config/drift-detection.js";
import configRecorder from "./config/recorder.js";
import configRules from "./config/rules.js";
import configTlsRules from "./config/tls-rules.js";
import type { Check } from "./define.js";
import detectiveGraph from "./detective/graph.js";
import dynamodbPointInTimeRecovery from "./dynamodb/point-in-time-recovery.js";
import ec2ClientVpn from "./ec2/client-vpn.js";
import ec2DefaultSgRestricted from "./ec2/default-sg-restricted.js";
import ec2EbsDefaultEncryption from "./ec2/ebs-default-encryption.js";
import ec2EbsVolumeEncryption from "./ec2/ebs-volume-encryption.js";
import ec2Imdsv2Required from "./ec2/imdsv2-required.js";
import ec2NaclOpenAdminPorts from "./ec2/nacl-open-admin-ports.js";
import ec2NaclOpenDataPorts from "./ec2/nacl-open-data-ports.js";
import ec2PublicEbsSnapshots from "./ec2/public-ebs-snapshots.js";
import ec2SgOpenAdminPorts from "./ec2/sg-open-admin-ports.js";
import ec2SgOpenDataPorts from "./ec2/sg-open-data-ports.js";
import ec2SnapshotBlockPublicAccess from "./ec2/snapshot-block-public-access.js";
import ec2SubnetPublicIps from "./ec2/subnet-public-ips.js";
import ec2VpcEndpointPolicies from "./ec2/vpc-endpoint-policies.js";
import ec2VpcEndpoints from "./ec2/vpc-endpoints.js";
import ec2VpcFlowLogs from "./ec2/vpc-flow-logs.js";
import ec2VpcMultiAz from "./ec2/vpc-multi-az.js";
import ecrScanOnPush from "./ecr/scan-on-push.js";
import eksPublicEndpoint from "./eks/public-endpoint.js";
import eventsAutomatedResponse from "./events/automated-response.js";
import eventsConfigRemediation from "./events/config-remediation.js";
import eventsRemediationRules from "./events/remediation-rules.js";
import guarddutyEksAuditLogs from "./guardduty/eks-audit-logs.js";
import guarddutyEnabled from "./guardduty/enabled.js";
import guarddutyMalwareProtection from "./guardduty/malware-protection.js";
import guarddutyOrgAdmin from "./guardduty/org-admin.js";
import guarddutyRuntimeMonitoring from "./guardduty/runtime-monitoring.js";
import guarddutyS3Protection from "./guardduty/s3-protection.js";
import iamAccessKeysRotated from "./iam/access-keys-rotated.js";
import iamAdminPolicies from "./iam/admin-policies.js";
import iamConsoleUsersWithoutMfa from "./iam/console-users-without-mfa.js";
import iamGithubOidc from "./iam/github-oidc.js";
import iamPasswordPolicy from "./iam/password-policy.js";
import iamPrivilegeEscalation from "./iam/privilege-escalation.js";
import iamRootAccessKeys from "./iam/root-access-keys.js";
import iamRootMfa from "./iam/root-mfa.js";
import iamSamlOidcProviders from "./iam/saml-oidc-providers.js";
import iamUsersPresent from "./iam/users-present.js";
import inspector2EcrEc2Coverage from "./inspector2/ecr-ec2-coverage.js";
import inspector2Enabled from "./inspector2/enabled.js";
import kmsCustomerKeys from "./kms/customer-keys.js";
import kmsKeyRotation from "./kms/key-rotation.js";
import kmsPublicKeys from "./kms/public-keys.js";
import lakeformationSettings from "./lakeformation/settings.js";
import lambdaPublicPolicy from "./lambda/public-policy.js";
import macieEnabled from "./macie/enabled.js";
import networkfirewallFirewalls from "./networkfirewall/firewalls.js";
import orgAllFeatures from "./org/all-features.js";
import orgControlTower from "./org/control-tower.js";
import orgDelegatedAdmins from "./org/delegated-admins.js";
import orgOuStructure from "./org/ou-structure.js";
import orgResourceControlPolicies from "./org/resource-control-policies.js";
import orgScpDenyLeaveOrg from "./org/scp-deny-leave-org.js";
import orgScpDenyRoot from "./org/scp-deny-root.js";
import orgScpProtectSecurityServices from "./org/scp-protect-security-services.js";
import orgScpRegionDeny from "./org/scp-region-deny.js";
import rdsAutomatedBackups from "./rds/automated-backups.js";
import rdsEncryption from "./rds/encryption.js";
import rdsPublicSnapshots from "./rds/public-snapshots.js";
import rdsPubliclyAccessible from "./rds/publicly-accessible.js";
import resourceexplorerAggregatorIndex from "./resourceexplorer/aggregator-index.js";
import route53resolverDnsFirewall from "./route53resolver/dns-firewall.js";
import route53resolverQueryLogging from "./route53resolver/query-logging.js";
import s3AccountPublicAccessBlock from "./s3/account-public-access-block.js";
import s3BucketEncryption from "./s3/bucket-encryption.js";
import s3BucketPolicyPublic from "./s3/bucket-policy-public.js";
import s3BucketPublicAccessBlock from "./s3/bucket-public-access-block.js";
import securityhubEnabled from "./securityhub/enabled.js";
import securityhubFindingAggregation from "./securityhub/finding-aggregation.js";
import securityhubOrgAdmin from "./securityhub/org-admin.js";
import securityhubStandards from "./securityhub/standards.js";
import securitylakeDataLake from "./securitylake/data-lake.js";
import securitylakeLogSources from "./securitylake/log-sources.js";
import shieldAdvanced from "./shield/advanced.js";
import ssmPatchBaselines from "./ssm/patch-baselines.js";
import ssoIdentityCenterInstance from "./sso/identity-center-instance.js";
import ssoPermissionSets from "./sso/permission-sets.js";
import wafv2WebAcls from "./wafv2/web-acls.js";
import workspacesManagedDesktops from "./workspaces/managed-desktops.js";

export const CHECKS: readonly Check[] = [
  acmpcaPrivateCa,
  backupPlans,
  backupVaultLock,
  cloudformationDriftChecked,
  cloudformationNoDrift,
  cloudformationOrgStacksets,
  cloudtrailDataEvents,
  cloudtrailLogging,
  cloudtrailLogValidation,
  cloudtrailMultiRegion,
  cloudtrailOrgTrail,
  codebuildIacScanning,
  codebuildProjects,
  configAggregator,
  configAutoRemediation,
  configCentralRules,
  configDriftDetection,
  configRecorder,
  configRules,
  configTlsRules,
  detectiveGraph,
  dynamodbPointInTimeRecovery,
  ec2ClientVpn,
  ec2DefaultSgRestricted,
  ec2EbsDefaultEncryption,
  ec2EbsVolumeEncryption,
  ec2Imdsv2Required,
  ec2NaclOpenAdminPorts,
  ec2NaclOpenDataPorts,
  ec2PublicEbsSnapshots,
  ec2SgOpenAdminPorts,
  ec2SgOpenDataPorts,
  ec2SnapshotBlockPublicAccess,
  ec2SubnetPublicIps,
  ec2VpcEndpointPolicies,
  ec2VpcEndpoints,
  ec2VpcFlowLogs,
  ec2VpcMultiAz,
  ecrScanOnPush,
  eksPublicEndpoint,
  eventsAutomatedResponse,
  eventsConfigRemediation,
  eventsRemediationRules,
  guarddutyEksAuditLogs,
  guarddutyEnabled,
  guarddutyMalwareProtection,
  guarddutyOrgAdmin,
  guarddutyRuntimeMonitoring,
  guarddutyS3Protection,
  iamAccessKeysRotated,
  iamAdminPolicies,
  iamConsoleUsersWithoutMfa,
  iamGithubOidc,
  iamPasswordPolicy,
  iamPrivilegeEscalation,
  iamRootAccessKeys,
  iamRootMfa,
  iamSamlOidcProviders,
  iamUsersPresent,
  inspector2EcrEc2Coverage,
  inspector2Enabled,
  kmsCustomerKeys,
  kmsKeyRotation,
  kmsPublicKeys,
  lakeformationSettings,
  lambdaPublicPolicy,
  macieEnabled,
  networkfirewallFirewalls,
  orgAllFeatures,
  orgControlTower,
  orgDelegatedAdmins,
  orgOuStructure,
  orgResourceControlPolicies,
  orgScpDenyLeaveOrg,
  orgScpDenyRoot,
  orgScpProtectSecurityServices,
  orgScpRegionDeny,
  rdsAutomatedBackups,
  rdsEncryption,
  rdsPubliclyAccessible,
  rdsPublicSnapshots,
  resourceexplorerAggregatorIndex,
  route53resolverDnsFirewall,
  route53resolverQueryLogging,
  s3AccountPublicAccessBlock,
  s3BucketEncryption,
  s3BucketPolicyPublic,
  s3BucketPublicAccessBlock,
  securityhubEnabled,
  securityhubFindingAggregation,
  securityhubOrgAdmin,
  securityhubStandards,
  securitylakeDataLake,
  securitylakeLogSources,
  shieldAdvanced,
  ssmPatchBaselines,
  ssoIdentityCenterInstance,
  ssoPermissionSets,
  wafv2WebAcls,
  workspacesManagedDesktops,
];

export const CHECKS_BY_ID: ReadonlyMap<string, Check> = new Map(CHECKS.map((c) => [c.id, c]));
