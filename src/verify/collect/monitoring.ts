// Collectors for the monitoring pillar's services: GuardDuty, Security Hub, CloudTrail, Config, EventBridge, Detective, Security Lake.
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand, type Trail } from "@aws-sdk/client-cloudtrail";
import {
  ConfigServiceClient,
  DescribeConfigRulesCommand,
  DescribeConfigurationAggregatorsCommand,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeRemediationConfigurationsCommand,
  type RemediationConfiguration,
} from "@aws-sdk/client-config-service";
import { EventBridgeClient, ListRulesCommand, ListTargetsByRuleCommand, type Rule } from "@aws-sdk/client-eventbridge";
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand, ListOrganizationAdminAccountsCommand } from "@aws-sdk/client-guardduty";
import { DetectiveClient, ListGraphsCommand, type Graph } from "@aws-sdk/client-detective";
import { DescribeHubCommand, GetEnabledStandardsCommand, ListFindingAggregatorsCommand, SecurityHubClient, type FindingAggregator, type StandardsSubscription } from "@aws-sdk/client-securityhub";
import { ListDataLakesCommand, ListLogSourcesCommand, SecurityLakeClient, type DataLakeResource, type LogSource } from "@aws-sdk/client-securitylake";
import type { ClientFactory } from "../aws/clients.js";
import type { Got } from "../types.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got, gotAfter, isNamed } from "./fetch.js";

export async function collectGuardDuty(clients: ClientFactory) {
  const gd = clients.get("guardduty", GuardDutyClient);
  const detectors = await got(["guardduty:ListDetectors", "guardduty:GetDetector"], async () => {
    const ids = await all(async (NextToken) => {
      const r = await call("guardduty:ListDetectors", () => gd.send(new ListDetectorsCommand({ NextToken, MaxResults: 50 })));
      return { items: r.DetectorIds, next: r.NextToken };
    });
    return mapLimit(ids, 2, async (id) => {
      const d = await call("guardduty:GetDetector", () => gd.send(new GetDetectorCommand({ DetectorId: id })));
      // The same answer lists the protection plans (runtime monitoring, malware protection): kept, no extra call.
      const features = Object.fromEntries((d.Features ?? []).map((f) => [f.Name ?? "", f.Status ?? ""]));
      return { id, status: d.Status ?? "UNKNOWN", features };
    });
  });
  return { detectors };
}

/** The organization's GuardDuty administrators: an org-level answer, read only where the org checks run. */
export async function collectGuardDutyAdmins(clients: ClientFactory) {
  const gd = clients.get("guardduty", GuardDutyClient);
  const organizationAdmins = await got(["guardduty:ListOrganizationAdminAccounts"], () =>
    all(async (NextToken) => {
      const r = await call("guardduty:ListOrganizationAdminAccounts", () => gd.send(new ListOrganizationAdminAccountsCommand({ NextToken, MaxResults: 50 })));
      return { items: r.AdminAccounts, next: r.NextToken };
    }),
  );
  return { organizationAdmins };
}

export async function collectSecurityHub(clients: ClientFactory) {
  const sh = clients.get("securityhub", SecurityHubClient);
  const hub = await got(["securityhub:DescribeHub"], async () => {
    try {
      return (await call("securityhub:DescribeHub", () => sh.send(new DescribeHubCommand({})))).HubArn ?? null;
    } catch (err) {
      // Security Hub answers InvalidAccessException "not subscribed" where it is not enabled.
      if (isNamed(err, "InvalidAccessException", "ResourceNotFoundException")) return null;
      throw err;
    }
  });
  // Standards exist only where the hub does: asked only there.
  const standards: Got<StandardsSubscription[]> = !hub.ok
    ? hub
    : !hub.value
      ? { ok: true, calls: [], value: [] }
      : await got(["securityhub:GetEnabledStandards"], () =>
          all(async (NextToken) => {
            const r = await call("securityhub:GetEnabledStandards", () => sh.send(new GetEnabledStandardsCommand({ NextToken, MaxResults: 100 })));
            return { items: r.StandardsSubscriptions, next: r.NextToken };
          }),
        );
  return { hub, standards };
}

/** Security Hub's cross-region finding aggregators: an org-level answer, read only where the org checks look. */
export async function collectSecurityHubAggregators(clients: ClientFactory) {
  const sh = clients.get("securityhub", SecurityHubClient);
  const aggregators = await got(["securityhub:ListFindingAggregators"], (): Promise<FindingAggregator[]> =>
    all(async (NextToken) => {
      const r = await call("securityhub:ListFindingAggregators", () => sh.send(new ListFindingAggregatorsCommand({ NextToken, MaxResults: 100 })));
      return { items: r.FindingAggregators, next: r.NextToken };
    }),
  );
  return { aggregators };
}

export interface TrailState {
  trail: Trail;
  /** From GetTrailStatus in the trail's home region. */
  isLogging: boolean;
  /**
   * From GetEventSelectors: the resource types the trail records data events for. Read on its own, so
   * a trail whose selectors this account may not read still counts for the other trail checks.
   */
  dataEvents: Got<string[]>;
}

/** Trails visible from this region, shadow copies of multi-region and organization trails included. */
export async function collectCloudTrail(clients: ClientFactory) {
  const ct = clients.get("cloudtrail", CloudTrailClient);
  const trails = await got(["cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus"], async (): Promise<TrailState[]> => {
    const list = (await call("cloudtrail:DescribeTrails", () => ct.send(new DescribeTrailsCommand({ includeShadowTrails: true })))).trailList ?? [];
    return mapLimit(list, 4, async (trail) => {
      const home = clients.inRegion(trail.HomeRegion ?? clients.region).get("cloudtrail", CloudTrailClient);
      const name = trail.TrailARN ?? trail.Name;
      const readStatus = async () => (await call("cloudtrail:GetTrailStatus", () => home.send(new GetTrailStatusCommand({ Name: name })))).IsLogging === true;
      // An organization trail shows up in every member account: its status and selectors are read once per scan.
      const readSelectors = async () => dataEventsOf(await call("cloudtrail:GetEventSelectors", () => home.send(new GetEventSelectorsCommand({ TrailName: name }))));
      const [isLogging, dataEvents] = await Promise.all([
        trail.TrailARN ? clients.shared(`cloudtrail:GetTrailStatus|${trail.TrailARN}`, readStatus) : readStatus(),
        got(["cloudtrail:GetEventSelectors"], () => (trail.TrailARN ? clients.shared(`cloudtrail:GetEventSelectors|${trail.TrailARN}`, readSelectors) : readSelectors())),
      ]);
      return { trail, isLogging, dataEvents };
    });
  });
  return { trails };
}

/** The resource types (or `all data events`) a trail's selectors record data events for. */
function dataEventsOf(r: { EventSelectors?: { DataResources?: { Type?: string; Values?: string[] }[] }[]; AdvancedEventSelectors?: { FieldSelectors?: { Field?: string; Equals?: string[] }[] }[] }): string[] {
  const basic = (r.EventSelectors ?? []).flatMap((s) => (s.DataResources ?? []).filter((d) => d.Values?.length).map((d) => d.Type ?? ""));
  const advanced = (r.AdvancedEventSelectors ?? []).flatMap((s) => {
    const fields = s.FieldSelectors ?? [];
    if (!fields.some((f) => f.Field === "eventCategory" && f.Equals?.includes("Data"))) return [];
    return fields.find((f) => f.Field === "resources.type")?.Equals ?? ["all data events"];
  });
  return [...new Set([...basic, ...advanced])].filter(Boolean);
}

export async function collectConfig(clients: ClientFactory) {
  const cfg = clients.get("config", ConfigServiceClient);
  const recording = async () => {
    const recorders = await got(["config:DescribeConfigurationRecorders"], async () => (await call("config:DescribeConfigurationRecorders", () => cfg.send(new DescribeConfigurationRecordersCommand({})))).ConfigurationRecorders ?? []);
    // Without a recorder there is no status to ask about (the recorder check fails on the empty list).
    const recorderStatus = await gotAfter(recorders, ["config:DescribeConfigurationRecorderStatus"], async () => (await call("config:DescribeConfigurationRecorderStatus", () => cfg.send(new DescribeConfigurationRecorderStatusCommand({})))).ConfigurationRecordersStatus ?? []);
    return { recorders, recorderStatus };
  };
  const [{ recorders, recorderStatus }, rules] = await Promise.all([
    recording(),
    got(["config:DescribeConfigRules"], () =>
      all(async (NextToken) => {
        const r = await call("config:DescribeConfigRules", () => cfg.send(new DescribeConfigRulesCommand({ NextToken })));
        return { items: r.ConfigRules, next: r.NextToken };
      }),
    ),
  ]);
  // Remediations hang off rules (25 names per call): asked only where rules exist.
  const remediations = await gotAfter(rules, ["config:DescribeRemediationConfigurations"], async (): Promise<RemediationConfiguration[]> => {
    const names = rules.ok ? rules.value.map((r) => r.ConfigRuleName ?? "") : [];
    const chunks = Array.from({ length: Math.ceil(names.length / 25) }, (_, i) => names.slice(i * 25, i * 25 + 25));
    const pages = await mapLimit(chunks, 2, async (ConfigRuleNames) => (await call("config:DescribeRemediationConfigurations", () => cfg.send(new DescribeRemediationConfigurationsCommand({ ConfigRuleNames })))).RemediationConfigurations ?? []);
    return pages.flat();
  });
  return { recorders, recorderStatus, rules, remediations };
}

/** Config aggregators: an org-level answer, read only in the accounts that may hold the organization aggregator. */
export async function collectConfigAggregators(clients: ClientFactory) {
  const cfg = clients.get("config", ConfigServiceClient);
  const aggregators = await got(["config:DescribeConfigurationAggregators"], () =>
    all(async (NextToken) => {
      const r = await call("config:DescribeConfigurationAggregators", () => cfg.send(new DescribeConfigurationAggregatorsCommand({ NextToken, Limit: 100 })));
      return { items: r.ConfigurationAggregators, next: r.NextToken };
    }),
  );
  return { aggregators };
}

export interface EventRule {
  rule: Rule;
  /** The ARNs the rule sends matching events to. */
  targets: string[];
}

/** Rules on the default bus whose pattern reacts to security findings or config changes. */
export async function collectEventBridge(clients: ClientFactory) {
  const eb = clients.get("eventbridge", EventBridgeClient);
  const securityRules = await got(["eventbridge:ListRules", "eventbridge:ListTargetsByRule"], async (): Promise<EventRule[]> => {
    const rules = await all(async (NextToken) => {
      const r = await call("eventbridge:ListRules", () => eb.send(new ListRulesCommand({ NextToken, Limit: 100 })));
      return { items: r.Rules, next: r.NextToken };
    });
    const security = rules.filter((r) => r.State === "ENABLED" && SECURITY_SOURCES.test(r.EventPattern ?? ""));
    return mapLimit(security, 4, async (rule) => ({
      rule,
      targets: ((await call("eventbridge:ListTargetsByRule", () => eb.send(new ListTargetsByRuleCommand({ Rule: rule.Name, EventBusName: rule.EventBusName })))).Targets ?? []).map((t) => t.Arn ?? ""),
    }));
  });
  return { securityRules };
}

const SECURITY_SOURCES = /"aws\.(guardduty|securityhub|config|inspector2|macie|access-analyzer|cloudtrail)"/;

/** Detective behavior graphs this account administers: read where the org checks look (management, Detective's administrator). */
export async function collectDetective(clients: ClientFactory) {
  const dt = clients.get("detective", DetectiveClient);
  const graphs = await got(["detective:ListGraphs"], (): Promise<Graph[]> =>
    all(async (NextToken) => {
      const r = await call("detective:ListGraphs", () => dt.send(new ListGraphsCommand({ NextToken, MaxResults: 100 })));
      return { items: r.GraphList, next: r.NextToken };
    }),
  );
  return { graphs };
}

/** The region's Security Lake data lake and its log sources: read where the org checks look (management, Security Lake's administrator). */
export async function collectSecurityLake(clients: ClientFactory) {
  const sl = clients.get("securitylake", SecurityLakeClient);
  const regions = [clients.region];
  const dataLakes = await got(["securitylake:ListDataLakes"], async (): Promise<DataLakeResource[]> => (await call("securitylake:ListDataLakes", () => sl.send(new ListDataLakesCommand({ regions })))).dataLakes ?? []);
  const logSources = await gotAfter(dataLakes, ["securitylake:ListLogSources"], (): Promise<LogSource[]> =>
    all(async (nextToken) => {
      const r = await call("securitylake:ListLogSources", () => sl.send(new ListLogSourcesCommand({ regions, nextToken, maxResults: 100 })));
      return { items: r.sources, next: r.nextToken };
    }),
  );
  return { dataLakes, logSources };
}
