// One import per check module: src/verify/checks/<service>/<check>.ts. Keep in step with checks/*.yaml (a test enforces it).
import type { Check } from "./define.js";
import accessanalyzerExternalAccess from "./accessanalyzer/external-access.js";
import accessanalyzerUnusedAccess from "./accessanalyzer/unused-access.js";
import acmpcaPrivateCa from "./acmpca/private-ca.js";
import backupPlans from "./backup/plans.js";
import backupVaultLock from "./backup/vault-lock.js";
import cloudformationDriftChecked from "./cloudformation/drift-checked.js";
import cloudformationNoDrift from "./cloudformation/no-drift.js";
import cloudformationOrgStacksets from "./cloudformation/org-stacksets.js";
import cloudfrontTlsMinimum from "./cloudfront/tls-minimum.js";
import cloudfrontViewerHttps from "./cloudfront/viewer-https.js";
import cloudfrontWaf from "./cloudfront/waf.js";
import cloudtrailDataEvents from "./cloudtrail/data-events.js";
import cloudtrailLogValidation from "./cloudtrail/log-validation.js";
import cloudtrailLogging from "./cloudtrail/logging.js";
import cloudtrailMultiRegion from "./cloudtrail/multi-region.js";
import cloudtrailOrgTrail from "./cloudtrail/org-trail.js";
import codebuildIacScanning from "./codebuild/iac-scanning.js";
import codebuildPrivilegedMode from "./codebuild/privileged-mode.js";
import codebuildProjects from "./codebuild/projects.js";
import codebuildSourceCredentials from "./codebuild/source-credentials.js";
import configAggregator from "./config/aggregator.js";
import configAutoRemediation from "./config/auto-remediation.js";
import configCentralRules from "./config/central-rules.js";
import configDriftDetection from "./config/drift-detection.js";
import configRecorder from "./config/recorder.js";
import configRules from "./config/rules.js";
import configTlsRules from "./config/tls-rules.js";
import detectiveGraph from "./detective/graph.js";
import dynamodbPointInTimeRecovery from "./dynamodb/point-in-time-recovery.js";
import ec2AllowedAmis from "./ec2/allowed-amis.js";
import ec2ClientVpn from "./ec2/client-vpn.js";
import ec2DefaultSgRestricted from "./ec2/default-sg-restricted.js";
import ec2EbsDefaultEncryption from "./ec2/ebs-default-encryption.js";
import ec2EbsVolumeEncryption from "./ec2/ebs-volume-encryption.js";
import ec2Imdsv2Default from "./ec2/imdsv2-default.js";
import ec2Imdsv2Required from "./ec2/imdsv2-required.js";
import ec2NaclOpenAdminPorts from "./ec2/nacl-open-admin-ports.js";
import ec2NaclOpenDataPorts from "./ec2/nacl-open-data-ports.js";
import ec2PublicAmis from "./ec2/public-amis.js";
import ec2PublicEbsSnapshots from "./ec2/public-ebs-snapshots.js";
import ec2PublicInstances from "./ec2/public-instances.js";
import ec2SgOpenAdminPorts from "./ec2/sg-open-admin-ports.js";
import ec2SgOpenDataPorts from "./ec2/sg-open-data-ports.js";
import ec2SnapshotBlockPublicAccess from "./ec2/snapshot-block-public-access.js";
import ec2SubnetPublicIps from "./ec2/subnet-public-ips.js";
import ec2VpcEndpointPolicies from "./ec2/vpc-endpoint-policies.js";
import ec2VerifiedAccessDeviceTrust from "./ec2/verified-access-device-trust.js";
import ec2VpcEndpoints from "./ec2/vpc-endpoints.js";
import ec2VpcFlowLogs from "./ec2/vpc-flow-logs.js";
import ec2VpcMultiAz from "./ec2/vpc-multi-az.js";
import ecrRepositoryPolicyPublic from "./ecr/repository-policy-public.js";
import ecrScanOnPush from "./ecr/scan-on-push.js";
import ecrTagImmutability from "./ecr/tag-immutability.js";
import ecsHostNetwork from "./ecs/host-network.js";
import ecsPrivilegedContainers from "./ecs/privileged-containers.js";
import ecsSecretsInEnvironment from "./ecs/secrets-in-environment.js";
import ecsTaskRoles from "./ecs/task-roles.js";
import eksControlPlaneLogging from "./eks/control-plane-logging.js";
import eksPublicEndpoint from "./eks/public-endpoint.js";
import eksSecretsEncryption from "./eks/secrets-encryption.js";
import elbv2AlbAuthentication from "./elbv2/alb-authentication.js";
import elbv2HttpsOnly from "./elbv2/https-only.js";
import elbv2TlsPolicy from "./elbv2/tls-policy.js";
import elbv2WafAssociation from "./elbv2/waf-association.js";
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
import iamAdminRoles from "./iam/admin-roles.js";
import iamAdminUsers from "./iam/admin-users.js";
import iamCiOidcTrust from "./iam/ci-oidc-trust.js";
import iamConsoleUsersWithoutMfa from "./iam/console-users-without-mfa.js";
import iamGithubOidc from "./iam/github-oidc.js";
import iamPasswordPolicy from "./iam/password-policy.js";
import iamPrivilegeEscalation from "./iam/privilege-escalation.js";
import iamRoleTrustExternal from "./iam/role-trust-external.js";
import iamRoleTrustPublic from "./iam/role-trust-public.js";
import iamRootAccessKeys from "./iam/root-access-keys.js";
import iamRootHardwareMfa from "./iam/root-hardware-mfa.js";
import iamRootMfa from "./iam/root-mfa.js";
import iamSamlOidcProviders from "./iam/saml-oidc-providers.js";
import iamStalePasswords from "./iam/stale-passwords.js";
import iamUnusedRoles from "./iam/unused-roles.js";
import iamUsersPresent from "./iam/users-present.js";
import inspector2EcrEc2Coverage from "./inspector2/ecr-ec2-coverage.js";
import inspector2Enabled from "./inspector2/enabled.js";
import inspector2LambdaCodeScanning from "./inspector2/lambda-code-scanning.js";
import kmsCustomerKeys from "./kms/customer-keys.js";
import kmsKeyRotation from "./kms/key-rotation.js";
import kmsPublicKeys from "./kms/public-keys.js";
import lakeformationSettings from "./lakeformation/settings.js";
import lambdaDeprecatedRuntimes from "./lambda/deprecated-runtimes.js";
import lambdaFunctionUrlAuth from "./lambda/function-url-auth.js";
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
import ssmManagedInstances from "./ssm/managed-instances.js";
import ssmPatchBaselines from "./ssm/patch-baselines.js";
import ssmPatchCompliance from "./ssm/patch-compliance.js";
import ssmPatchReporting from "./ssm/patch-reporting.js";
import ssmSessionLogging from "./ssm/session-logging.js";
import ssoIdentityCenterInstance from "./sso/identity-center-instance.js";
import ssoPermissionSets from "./sso/permission-sets.js";
import ssoSessionDuration from "./sso/session-duration.js";
import wafv2WebAcls from "./wafv2/web-acls.js";
import workspacesManagedDesktops from "./workspaces/managed-desktops.js";

export const CHECKS: readonly Check[] = [
  accessanalyzerExternalAccess,
  accessanalyzerUnusedAccess,
  acmpcaPrivateCa,
  backupPlans,
  backupVaultLock,
  cloudformationDriftChecked,
  cloudformationNoDrift,
  cloudformationOrgStacksets,
  cloudfrontTlsMinimum,
  cloudfrontViewerHttps,
  cloudfrontWaf,
  cloudtrailDataEvents,
  cloudtrailLogging,
  cloudtrailLogValidation,
  cloudtrailMultiRegion,
  cloudtrailOrgTrail,
  codebuildIacScanning,
  codebuildPrivilegedMode,
  codebuildProjects,
  codebuildSourceCredentials,
  configAggregator,
  configAutoRemediation,
  configCentralRules,
  configDriftDetection,
  configRecorder,
  configRules,
  configTlsRules,
  detectiveGraph,
  dynamodbPointInTimeRecovery,
  ec2AllowedAmis,
  ec2ClientVpn,
  ec2DefaultSgRestricted,
  ec2EbsDefaultEncryption,
  ec2EbsVolumeEncryption,
  ec2Imdsv2Default,
  ec2Imdsv2Required,
  ec2NaclOpenAdminPorts,
  ec2NaclOpenDataPorts,
  ec2PublicAmis,
  ec2PublicEbsSnapshots,
  ec2PublicInstances,
  ec2SgOpenAdminPorts,
  ec2SgOpenDataPorts,
  ec2SnapshotBlockPublicAccess,
  ec2SubnetPublicIps,
  ec2VpcEndpointPolicies,
  ec2VerifiedAccessDeviceTrust,
  ec2VpcEndpoints,
  ec2VpcFlowLogs,
  ec2VpcMultiAz,
  ecrRepositoryPolicyPublic,
  ecrScanOnPush,
  ecrTagImmutability,
  ecsHostNetwork,
  ecsPrivilegedContainers,
  ecsSecretsInEnvironment,
  ecsTaskRoles,
  eksControlPlaneLogging,
  eksPublicEndpoint,
  eksSecretsEncryption,
  elbv2AlbAuthentication,
  elbv2HttpsOnly,
  elbv2TlsPolicy,
  elbv2WafAssociation,
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
  iamAdminRoles,
  iamAdminUsers,
  iamCiOidcTrust,
  iamConsoleUsersWithoutMfa,
  iamGithubOidc,
  iamPasswordPolicy,
  iamPrivilegeEscalation,
  iamRoleTrustExternal,
  iamRoleTrustPublic,
  iamRootAccessKeys,
  iamRootHardwareMfa,
  iamRootMfa,
  iamSamlOidcProviders,
  iamStalePasswords,
  iamUnusedRoles,
  iamUsersPresent,
  inspector2EcrEc2Coverage,
  inspector2Enabled,
  inspector2LambdaCodeScanning,
  kmsCustomerKeys,
  kmsKeyRotation,
  kmsPublicKeys,
  lakeformationSettings,
  lambdaDeprecatedRuntimes,
  lambdaFunctionUrlAuth,
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
  ssmManagedInstances,
  ssmPatchBaselines,
  ssmPatchCompliance,
  ssmPatchReporting,
  ssmSessionLogging,
  ssoIdentityCenterInstance,
  ssoPermissionSets,
  ssoSessionDuration,
  wafv2WebAcls,
  workspacesManagedDesktops,
];

export const CHECKS_BY_ID: ReadonlyMap<string, Check> = new Map(CHECKS.map((c) => [c.id, c]));
