import type { ClientFactory } from "../aws/clients.js";
import { collectAcmPca, collectAcmPcaShared, collectNetworkFirewall, collectRoute53Resolver } from "./network.js";
import { collectCloudTrail, collectConfig, collectConfigAggregators, collectDetective, collectEventBridge, collectGuardDuty, collectGuardDutyAdmins, collectSecurityHub, collectSecurityHubAggregators, collectSecurityLake } from "./monitoring.js";
import { collectCloudFormation, collectStackSets } from "./automation.js";
import { collectEc2Images, collectInspector2, collectLaunchDefaults, collectSsm, collectSsmInstances, collectVerifiedAccess, collectWorkspaces } from "./devices.js";
import { collectCodeBuild, collectEcr, collectEks, collectLambda, collectShield, collectWafv2 } from "./workloads.js";
import { collectKms, collectLakeFormation, collectMacie2 } from "./data.js";
import { collectBackupPlans, collectBackupVaults, collectDynamoDb, collectEbs, collectRds, collectResourceExplorer } from "./data-stores.js";
import { collectCloudFront } from "./cloudfront.js";
import { collectEc2 } from "./ec2.js";
import { collectEcs } from "./ecs.js";
import { collectElbv2 } from "./elbv2.js";
import { collectIam, collectIamVirtualMfa } from "./iam.js";
import { collectS3 } from "./s3.js";
import { collectAccessAnalyzer, collectSsoAdmin } from "./identity.js";

/**
 * Per-service collectors: each fetches everything its checks need from one service in one
 * account and region, once; the scanner memoises the result so every check of the service shares it.
 * Answers only organization checks use (GuardDuty's org administrators, Config aggregators) are
 * separate entries, so they are read in the accounts those checks look at, not in every account.
 */
export const COLLECTORS = {
  iam: collectIam,
  s3: collectS3,
  ec2: collectEc2,
  ssm: collectSsm,
  inspector2: collectInspector2,
  workspaces: collectWorkspaces,
  networkfirewall: collectNetworkFirewall,
  route53resolver: collectRoute53Resolver,
  acmpca: collectAcmPca,
  acmpcaShared: collectAcmPcaShared,
  wafv2: collectWafv2,
  shield: collectShield,
  ecr: collectEcr,
  eks: collectEks,
  lambda: collectLambda,
  codebuild: collectCodeBuild,
  ecs: collectEcs,
  elbv2: collectElbv2,
  cloudfront: collectCloudFront,
  kms: collectKms,
  lakeformation: collectLakeFormation,
  macie2: collectMacie2,
  ebs: collectEbs,
  rds: collectRds,
  dynamodb: collectDynamoDb,
  backupPlans: collectBackupPlans,
  backupVaults: collectBackupVaults,
  resourceexplorer: collectResourceExplorer,
  guardduty: collectGuardDuty,
  guarddutyAdmins: collectGuardDutyAdmins,
  securityhub: collectSecurityHub,
  cloudtrail: collectCloudTrail,
  config: collectConfig,
  configAggregators: collectConfigAggregators,
  eventbridge: collectEventBridge,
  ssoadmin: collectSsoAdmin,
  cloudformation: collectCloudFormation,
  stackSets: (clients: ClientFactory) => collectStackSets(clients),
  stackSetsAsAdmin: (clients: ClientFactory) => collectStackSets(clients, "DELEGATED_ADMIN"),
  detective: collectDetective,
  securitylake: collectSecurityLake,
  securityhubAggregators: collectSecurityHubAggregators,
  accessanalyzer: collectAccessAnalyzer,
  ssmInstances: collectSsmInstances,
  ec2Images: collectEc2Images,
  launchDefaults: collectLaunchDefaults,
  verifiedAccess: collectVerifiedAccess,
  iamVirtualMfa: collectIamVirtualMfa,
} satisfies Record<string, (clients: ClientFactory) => Promise<unknown>>;

export type ServiceName = keyof typeof COLLECTORS;
export type ServiceData = { [K in ServiceName]: Awaited<ReturnType<(typeof COLLECTORS)[K]>> };
