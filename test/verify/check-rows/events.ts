import type { EventRule } from "../../../src/verify/collect/monitoring.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const rule = (name: string, source: string, targets: string[]): EventRule => ({ rule: { Name: name, Arn: `arn:aws:events:eu-west-1:${ACCOUNT}:rule/${name}`, State: "ENABLED", EventPattern: JSON.stringify({ source: [source] }) }, targets });
const LAMBDA = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:isolate`;
const RUNBOOK = `arn:aws:ssm:eu-west-1:${ACCOUNT}:automation-definition/AWS-DisablePublicAccessForSecurityGroup:$DEFAULT`;
const TOPIC = `arn:aws:sns:eu-west-1:${ACCOUNT}:alerts`;
const ruleArn = (name: string) => `arn:aws:events:eu-west-1:${ACCOUNT}:rule/${name}`;

/** EventBridge rules plus the region's finding sources: GuardDuty on by default. */
const region = (rules: EventRule[], sources: { guardduty?: boolean; hub?: boolean; configRules?: number } = { guardduty: true }): FakeData => ({
  eventbridge: { securityRules: ok(rules) },
  guardduty: { detectors: ok(sources.guardduty ? [{ id: "d1", status: "ENABLED", features: {} }] : []) },
  securityhub: { hub: ok(sources.hub ? `arn:aws:securityhub:eu-west-1:${ACCOUNT}:hub/default` : null) },
  config: { rules: ok(Array.from({ length: sources.configRules ?? 0 }, (_, i) => ({ ConfigRuleName: `r${i}`, ConfigRuleState: "ACTIVE" }))) } as FakeData["config"],
});
const NOTHING = { guardduty: false };
const UNREADABLE: FakeData = { eventbridge: { securityRules: denied("eventbridge:ListRules") } };

const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources: string[]): CheckRow => ({ check, name, data, status, ...(status === "unknown" || status === "error" ? {} : { resources }) });

export default {
  rows: [
    row("events.remediation-rules", "findings to a topic", region([rule("gd", "aws.guardduty", [TOPIC])]), "pass", [ruleArn("gd")]),
    row("events.remediation-rules", "a rule without targets", region([rule("gd", "aws.guardduty", [])]), "fail", []),
    row("events.remediation-rules", "Security Hub on, no rule", region([], { hub: true }), "fail", []),
    row("events.remediation-rules", "no finding source", region([], NOTHING), "not-applicable", []),
    row("events.remediation-rules", "rules unreadable", UNREADABLE, "unknown", []),
    row("events.remediation-rules", "sources unreadable", { ...region([], NOTHING), securityhub: { hub: denied("securityhub:DescribeHub") } }, "unknown", []),
    row("events.automated-response", "findings to a Lambda function", region([rule("gd", "aws.guardduty", [TOPIC, LAMBDA])]), "pass", [ruleArn("gd")]),
    row("events.automated-response", "findings to a topic only", region([rule("gd", "aws.guardduty", [TOPIC])]), "fail", [ruleArn("gd")]),
    row("events.automated-response", "Config rules, no responder", region([], { configRules: 2 }), "fail", []),
    row("events.automated-response", "no finding source", region([rule("gd", "aws.guardduty", [TOPIC])], NOTHING), "not-applicable", []),
    row("events.automated-response", "rules unreadable", UNREADABLE, "unknown", []),
    row("events.config-remediation", "Config violations to a runbook", region([rule("cfg", "aws.config", [RUNBOOK])], { configRules: 1 }), "pass", [ruleArn("cfg")]),
    row("events.config-remediation", "GuardDuty responder only", region([rule("gd", "aws.guardduty", [LAMBDA]), rule("sh", "aws.securityhub", [TOPIC])], { configRules: 3 }), "fail", [ruleArn("sh")]),
    row("events.config-remediation", "no Config rule", region([rule("gd", "aws.guardduty", [LAMBDA])]), "not-applicable", []),
    row("events.config-remediation", "Config rules unreadable", { ...region([]), config: { rules: denied("config:DescribeConfigRules") } as FakeData["config"] }, "unknown", []),
  ],
} satisfies RowFile;
