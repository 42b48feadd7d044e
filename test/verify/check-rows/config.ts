import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const rule = (name: string, identifier: string, state = "ACTIVE") => ({ ConfigRuleName: name, ConfigRuleArn: `arn:aws:config:eu-west-1:${ACCOUNT}:config-rule/${name}`, ConfigRuleState: state, Source: { Owner: "AWS", SourceIdentifier: identifier } });
const remediation = (name: string, Automatic: boolean) => ({ ConfigRuleName: name, TargetType: "SSM_DOCUMENT", TargetId: "AWS-DisablePublicAccessForSecurityGroup", Automatic, Arn: `arn:aws:config:eu-west-1:${ACCOUNT}:remediation-configuration/${name}/x` });
const config = (rules: object[], remediations: object[] = []): FakeData => ({ config: { rules: ok(rules), remediations: ok(remediations) } as FakeData["config"] });
const arn = (name: string) => `arn:aws:config:eu-west-1:${ACCOUNT}:config-rule/${name}`;
const REMEDIATION = `arn:aws:config:eu-west-1:${ACCOUNT}:remediation-configuration/sg/x`;

const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources: string[]): CheckRow => ({ check, name, data, status, resources });

export default {
  rows: [
    row("config.drift-detection", "drift rule active", config([rule("drift", "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK")]), "pass", [arn("drift")]),
    row("config.drift-detection", "drift rule being deleted", config([rule("drift", "CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK", "DELETING"), rule("ssl", "S3_BUCKET_SSL_REQUESTS_ONLY")]), "fail", []),
    row("config.tls-rules", "TLS rule", config([rule("securityhub-s3-ssl", "S3_BUCKET_SSL_REQUESTS_ONLY")]), "pass", [arn("securityhub-s3-ssl")]),
    row("config.tls-rules", "no rules", config([]), "fail", []),
    row("config.tls-rules", "rules unreadable", { config: { rules: denied("config:DescribeConfigRules") } }, "unknown", []),
    row("config.auto-remediation", "automatic remediation", config([rule("sg", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS")], [remediation("sg", true)]), "pass", [REMEDIATION]),
    row("config.auto-remediation", "manual remediation only", config([rule("sg", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS")], [remediation("sg", false)]), "fail", [REMEDIATION]),
    row("config.auto-remediation", "no rules", config([]), "fail", []),
    row("config.auto-remediation", "remediations unreadable", { config: { rules: ok([]), remediations: denied("config:DescribeRemediationConfigurations") } }, "unknown", []),
  ],
  alwaysApplicable: {
    "config.tls-rules": "every region has a rule set to read; TLS rules guard S3, CloudFront and API endpoints whether or not VPCs exist",
  },
} satisfies RowFile;
