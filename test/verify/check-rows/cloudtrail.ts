import type { TrailState } from "../../../src/verify/collect/monitoring.js";
import type { OrgSnapshot } from "../../../src/verify/scan/organization.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (name: string) => `arn:aws:cloudtrail:eu-west-1:${ACCOUNT}:trail/${name}`;
const trail = (name: string, opts: { multi?: boolean; org?: boolean; validation?: boolean; logging?: boolean; data?: string[] } = {}): TrailState => ({
  trail: { Name: name, TrailARN: arn(name), HomeRegion: "eu-west-1", IsMultiRegionTrail: opts.multi ?? true, IsOrganizationTrail: opts.org ?? false, LogFileValidationEnabled: opts.validation ?? true },
  isLogging: opts.logging ?? true,
  dataEvents: ok(opts.data ?? []),
});
const trails = (...list: TrailState[]): FakeData => ({ cloudtrail: { trails: ok(list) } });
const UNREADABLE: FakeData = { cloudtrail: { trails: denied("cloudtrail:DescribeTrails") } };
const ORG = { org: { organization: { id: "o-abc", managementAccountId: ACCOUNT, featureSet: "ALL" } } satisfies Partial<OrgSnapshot> };

const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources: string[], opts?: CheckRow["opts"]): CheckRow => ({ check, name, data, status, opts, ...(status === "unknown" || status === "error" ? {} : { resources }) });

export default {
  rows: [
    row("cloudtrail.org-trail", "logging multi-region organization trail", trails(trail("org", { org: true })), "pass", [arn("org")], ORG),
    row("cloudtrail.org-trail", "single-region organization trail", trails(trail("org", { org: true, multi: false })), "fail", [arn("org")], ORG),
    row("cloudtrail.org-trail", "account trails only", trails(trail("local")), "fail", [], ORG),
    row("cloudtrail.org-trail", "standalone account", trails(), "fail", []),
    row("cloudtrail.org-trail", "trails unreadable", UNREADABLE, "unknown", [], ORG),
    row("cloudtrail.multi-region", "multi-region trail", trails(trail("all"), trail("one", { multi: false })), "pass", [arn("all")]),
    row("cloudtrail.multi-region", "stopped multi-region trail", trails(trail("all", { logging: false })), "fail", []),
    row("cloudtrail.multi-region", "no trail", trails(), "fail", []),
    row("cloudtrail.multi-region", "trails unreadable", UNREADABLE, "unknown", []),
    row("cloudtrail.log-validation", "validated", trails(trail("all")), "pass", [arn("all")]),
    row("cloudtrail.log-validation", "one trail without validation", trails(trail("all"), trail("raw", { validation: false })), "fail", [arn("raw")]),
    row("cloudtrail.log-validation", "no trail", trails(), "fail", []),
    row("cloudtrail.log-validation", "trails unreadable", UNREADABLE, "unknown", []),
    row("cloudtrail.logging", "logging", trails(trail("all")), "pass", [arn("all")]),
    row("cloudtrail.logging", "stopped trail", trails(trail("all"), trail("off", { logging: false })), "fail", [arn("off")]),
    row("cloudtrail.logging", "no trail", trails(), "fail", []),
    row("cloudtrail.logging", "trails unreadable", UNREADABLE, "unknown", []),
    row("cloudtrail.data-events", "S3 object events", trails(trail("all"), trail("data", { data: ["AWS::S3::Object"] })), "pass", [arn("data")]),
    row("cloudtrail.data-events", "management events only", trails(trail("all")), "fail", [arn("all")]),
    row("cloudtrail.data-events", "data events on a stopped trail only", trails(trail("all"), trail("data", { logging: false, data: ["AWS::S3::Object"] })), "fail", [arn("all")]),
    row("cloudtrail.data-events", "no logging trail", trails(trail("off", { logging: false })), "not-applicable", []),
    row("cloudtrail.data-events", "selectors unreadable", trails({ ...trail("all"), dataEvents: denied("cloudtrail:GetEventSelectors") }), "unknown", []),
    row("cloudtrail.data-events", "one trail's selectors unreadable, another records data events", trails({ ...trail("all"), dataEvents: denied("cloudtrail:GetEventSelectors") }, trail("data", { data: ["AWS::Lambda::Function"] })), "pass", [arn("data")]),
    row("cloudtrail.data-events", "organization trail's selectors read by the management account", trails({ ...trail("org", { org: true }), dataEvents: denied("cloudtrail:GetEventSelectors") }), "pass", [arn("org")], { accountId: "222233334444", org: { organization: { id: "o-abc", managementAccountId: ACCOUNT, featureSet: "ALL" } }, accounts: { [ACCOUNT]: trails(trail("org", { org: true, data: ["AWS::S3::Object"] })) } }),
    row("cloudtrail.data-events", "trails unreadable", UNREADABLE, "unknown", []),
  ],
  alwaysApplicable: {
    "cloudtrail.org-trail": "the organization either has a trail recording every account or not",
    "cloudtrail.multi-region": "every account is recorded in every region or not",
    "cloudtrail.log-validation": "every account's activity is recorded in integrity-protected logs or not (no trail: not)",
    "cloudtrail.logging": "every account's activity is recorded by a logging trail or not",
  },
} satisfies RowFile;
