import type { OrgSnapshot } from "../../../src/verify/scan/organization.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const rule = (name: string, identifier: string, state = "ACTIVE", CreatedBy?: string) => ({ ConfigRuleName: name, ConfigRuleArn: `arn:aws:config:eu-west-1:${ACCOUNT}:config-rule/${name}`, ConfigRuleState: state, Source: { Owner: "AWS", SourceIdentifier: identifier }, ...(CreatedBy ? { CreatedBy } : {}) });
const remediation = (name: string, Automatic: boolean) => ({ ConfigRuleName: name, TargetType: "SSM_DOCUMENT", TargetId: "AWS-DisablePublicAccessForSecurityGroup", Automatic, Arn: `arn:aws:config:eu-west-1:${ACCOUNT}:remediation-configuration/${name}/x` });
const STACK = { StackName: "app", StackId: `arn:aws:cloudformation:eu-west-1:${ACCOUNT}:stack/app/1`, StackStatus: "CREATE_COMPLETE", CreationTime: new Date("2026-01-01") };
// A region with one CloudFormation stack: the drift rule has something to watch.
const config = (rules: object[], remediations: object[] = [], stacks: object[] = [STACK]): FakeData => ({ config: { rules: ok(rules), remediations: ok(remediations) } as FakeData["config"], cloudformation: { stacks: ok(stacks) } as FakeData["cloudformation"] });
const arn = (name: string) => `arn:aws:config:eu-west-1:${ACCOUNT}:config-rule/${name}`;
const REMEDIATION = `arn:aws:config:eu-west-1:${ACCOUNT}:remediation-configuration/sg/x`;

const recorder = (allSupported: boolean) => ({ name: "default", recordingGroup: { allSupported } });
const recording = (recorders: object[], recordingNow: boolean): FakeData => ({ config: { recorders: ok(recorders), recorderStatus: ok(recorders.length ? [{ name: "default", recording: recordingNow }] : []) } as FakeData["config"] });

const ORG = { org: { organization: { id: "o-abc", managementAccountId: ACCOUNT, featureSet: "ALL" } } satisfies Partial<OrgSnapshot> };
const aggregator = (name: string, orgWide: boolean) => ({ ConfigurationAggregatorName: name, ConfigurationAggregatorArn: `arn:aws:config:eu-west-1:${ACCOUNT}:config-aggregator/${name}`, ...(orgWide ? { OrganizationAggregationSource: { RoleArn: "r", AllAwsRegions: true } } : { AccountAggregationSources: [{ AccountIds: ["222233334444"] }] }) });
const aggregators = (list: object[]): FakeData => ({ configAggregators: { aggregators: ok(list) } as FakeData["configAggregators"] });

const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources: string[], opts?: CheckRow["opts"]): CheckRow => ({ check, name, data, status, opts, ...(status === "unknown" || status === "error" ? {} : { resources }) });

export default {
  rows: [
    row("config.drift-detection", "drift rule active", config([rule("drift", "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK")]), "pass", [arn("drift")]),
    row("config.drift-detection", "drift rule being deleted", config([rule("drift", "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK", "DELETING"), rule("ssl", "S3_BUCKET_SSL_REQUESTS_ONLY")]), "fail", []),
    row("config.drift-detection", "no stacks to watch", config([], [], []), "not-applicable", []),
    row("config.drift-detection", "stacks unreadable", { cloudformation: { stacks: denied("cloudformation:ListStacks") } }, "unknown", []),
    row("config.tls-rules", "TLS rule", config([rule("securityhub-s3-ssl", "S3_BUCKET_SSL_REQUESTS_ONLY")]), "pass", [arn("securityhub-s3-ssl")]),
    row("config.tls-rules", "no rules", config([]), "fail", []),
    row("config.tls-rules", "rules unreadable", { config: { rules: denied("config:DescribeConfigRules") } }, "unknown", []),
    row("config.auto-remediation", "automatic remediation", config([rule("sg", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS")], [remediation("sg", true)]), "pass", [REMEDIATION]),
    row("config.auto-remediation", "manual remediation only", config([rule("sg", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS")], [remediation("sg", false)]), "fail", [REMEDIATION]),
    row("config.auto-remediation", "no rules", config([]), "not-applicable", []),
    row("config.auto-remediation", "remediations unreadable", { config: { rules: ok([]), remediations: denied("config:DescribeRemediationConfigurations") } }, "unknown", []),
    row("config.rules", "active rules", config([rule("ssl", "S3_BUCKET_SSL_REQUESTS_ONLY"), rule("old", "X", "DELETING")]), "pass", [arn("ssl")]),
    row("config.rules", "no active rule", config([rule("old", "X", "DELETING")]), "fail", []),
    row("config.rules", "rules unreadable", { config: { rules: denied("config:DescribeConfigRules") } }, "unknown", []),
    row("config.central-rules", "conformance pack", config([rule("s3-ssl-conformance-pack-x1", "S3_BUCKET_SSL_REQUESTS_ONLY", "ACTIVE", "config-conforms.amazonaws.com"), rule("local", "X")]), "pass", [arn("s3-ssl-conformance-pack-x1")]),
    row("config.central-rules", "organization rule", config([rule("OrgConfigRule-ssl", "S3_BUCKET_SSL_REQUESTS_ONLY", "ACTIVE", "config-multiaccountsetup.amazonaws.com")]), "pass", [arn("OrgConfigRule-ssl")]),
    row("config.central-rules", "rules made in the account", config([rule("local", "S3_BUCKET_SSL_REQUESTS_ONLY")]), "fail", [arn("local")]),
    row("config.central-rules", "no rules", config([]), "not-applicable", []),
    row("config.central-rules", "rules unreadable", { config: { rules: denied("config:DescribeConfigRules", "error") } }, "error", []),
    row("config.recorder", "records everything", recording([recorder(true)], true), "pass", ["default"]),
    row("config.recorder", "selected types only", recording([recorder(false)], true), "fail", ["default"]),
    row("config.recorder", "stopped", recording([recorder(true)], false), "fail", ["default"]),
    row("config.recorder", "no recorder", recording([], false), "fail", []),
    row("config.recorder", "recorders unreadable", { config: { recorders: denied("config:DescribeConfigurationRecorders") } as FakeData["config"] }, "unknown", []),
    row("config.aggregator", "organization aggregator", aggregators([aggregator("org", true)]), "pass", [aggregator("org", true).ConfigurationAggregatorArn], ORG),
    row("config.aggregator", "listed accounts only", aggregators([aggregator("some", false)]), "fail", [aggregator("some", false).ConfigurationAggregatorArn], ORG),
    row("config.aggregator", "no aggregator", aggregators([]), "fail", [], ORG),
    row("config.aggregator", "aggregators unreadable", { configAggregators: { aggregators: denied("config:DescribeConfigurationAggregators") } }, "unknown", [], ORG),
  ],
  alwaysApplicable: {
    "config.recorder": "every region has a Config recording setting: a recorder runs, is stopped or is absent",
    "config.rules": "every region has a rule set to read, empty or not",
    "config.aggregator": "the organization's aggregation is a setting of its management or delegated account, set up or not",
    "config.tls-rules": "every region has a rule set to read; TLS rules guard S3, CloudFront and API endpoints whether or not VPCs exist",
  },
} satisfies RowFile;
