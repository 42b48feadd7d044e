import { parse as parseHcl } from "@cdktf/hcl2json";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { CFN_TAGS } from "../../src/render/cfn-yaml.js";
import { AWS_NAME_PREFIX_MAX, awsNamePrefix } from "../../src/text/aws-name.js";
import { org, renderProfile } from "../helpers/render-profiles.js";
import { textOf } from "../helpers/validators/index.js";

/** AWS naming rules (from each service's API reference) for the names the templates derive from the organization. */
interface Rule {
  re: RegExp;
  min?: number;
  max: number;
  /** A start or form the service reserves or refuses. */
  bad?: RegExp;
}
const r = (re: RegExp, max: number, min = 1, bad?: RegExp): Rule => ({ re, max, min, bad });
const RULES: Record<string, Rule> = {
  s3Bucket: r(/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/, 63, 3, /\.\.|^xn--|^sthree-|^amzn-s3-demo-|-s3alias$|--ol-s3$/),
  iamRole: r(/^[\w+=,.@-]+$/, 64),
  iamPolicy: r(/^[\w+=,.@-]+$/, 128),
  snsTopic: r(/^[A-Za-z0-9_-]+$/, 256),
  kmsAlias: r(/^alias\/[a-zA-Z0-9/_-]+$/, 256, 7, /^alias\/aws\//),
  analyzer: r(/^[A-Za-z][A-Za-z0-9_.-]*$/, 255),
  eventRule: r(/^[.\-_A-Za-z0-9]+$/, 64),
  logGroup: r(/^[.\-_/#A-Za-z0-9]+$/, 512),
  trail: r(/^[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]$/, 128, 3),
  securityGroup: r(/^[\x20-\x7e]+$/, 255, 1, /^sg-/i),
  networkFirewall: r(/^[a-zA-Z0-9-]+$/, 128),
  waf: r(/^[\w-]+$/, 128),
  ssmName: r(/^[a-zA-Z0-9_.-]+$/, 128, 3),
  ssmDocument: r(/^[a-zA-Z0-9_.-]+$/, 128, 3, /^(aws|amazon|amzn)/i),
  ssmDataSync: r(/^[a-zA-Z0-9_-]+$/, 64),
  resolver: r(/^[\w.-]+$/, 64),
  alarm: r(/^[\x20-\x7e]+$/, 255),
  codebuild: r(/^[A-Za-z0-9][A-Za-z0-9_-]+$/, 255, 2),
  codepipeline: r(/^[A-Za-z0-9.@_-]+$/, 100),
  lambda: r(/^[a-zA-Z0-9_-]+$/, 64),
  signer: r(/^[a-zA-Z0-9_]+$/, 64, 2),
  backup: r(/^[a-zA-Z0-9_.-]+$/, 50, 2),
  sqs: r(/^[a-zA-Z0-9_-]+$/, 80),
  macieJob: r(/^[\x20-\x7e]+$/, 500),
  resourceExplorerView: r(/^[a-zA-Z0-9-]+$/, 64),
  ssmParameter: r(/^[a-zA-Z0-9_./-]+$/, 2048, 1, /^\/?(aws|ssm)/i),
  printable128: r(/^[\x20-\x7e]+$/, 128),
  printable256: r(/^[\x20-\x7e]+$/, 256),
  metricFilter: r(/^[^:*]+$/, 512),
  maintenanceWindow: r(/^[a-zA-Z0-9_.-]+$/, 128, 3),
  eventBus: r(/^[.\-_A-Za-z0-9]+$/, 256, 1, /^aws\./),
  orgConfigRule: r(/^[A-Za-z0-9_-]+$/, 64),
  aggregator: r(/^[\w-]+$/, 256),
  glue: r(/^[\x20-\x7e]+$/, 255),
  athenaDatabase: r(/^[a-z0-9_]+$/, 255),
  permissionSet: r(/^[\w+=,.@-]+$/, 32),
};

/** Resource attribute (Terraform) or property (CloudFormation) -> rule. */
const WHERE: Record<string, keyof typeof RULES> = {
  "aws_s3_bucket.bucket": "s3Bucket",
  "AWS::S3::Bucket.BucketName": "s3Bucket",
  "aws_iam_role.name": "iamRole",
  "AWS::IAM::Role.RoleName": "iamRole",
  "aws_iam_policy.name": "iamPolicy",
  "aws_iam_role_policy.name": "iamPolicy",
  "AWS::IAM::ManagedPolicy.ManagedPolicyName": "iamPolicy",
  "AWS::IAM::Policy.PolicyName": "iamPolicy",
  "AWS::IAM::RolePolicy.PolicyName": "iamPolicy",
  "aws_sns_topic.name": "snsTopic",
  "AWS::SNS::Topic.TopicName": "snsTopic",
  "aws_kms_alias.name": "kmsAlias",
  "AWS::KMS::Alias.AliasName": "kmsAlias",
  "aws_accessanalyzer_analyzer.analyzer_name": "analyzer",
  "AWS::AccessAnalyzer::Analyzer.AnalyzerName": "analyzer",
  "aws_cloudwatch_event_rule.name": "eventRule",
  "AWS::Events::Rule.Name": "eventRule",
  "aws_cloudwatch_log_group.name": "logGroup",
  "AWS::Logs::LogGroup.LogGroupName": "logGroup",
  "aws_cloudtrail.name": "trail",
  "AWS::CloudTrail::Trail.TrailName": "trail",
  "aws_security_group.name": "securityGroup",
  "AWS::EC2::SecurityGroup.GroupName": "securityGroup",
  "aws_networkfirewall_firewall.name": "networkFirewall",
  "aws_networkfirewall_firewall_policy.name": "networkFirewall",
  "aws_networkfirewall_rule_group.name": "networkFirewall",
  "AWS::NetworkFirewall::Firewall.FirewallName": "networkFirewall",
  "AWS::NetworkFirewall::FirewallPolicy.FirewallPolicyName": "networkFirewall",
  "AWS::NetworkFirewall::RuleGroup.RuleGroupName": "networkFirewall",
  "aws_wafv2_web_acl.name": "waf",
  "AWS::WAFv2::WebACL.Name": "waf",
  "aws_ssm_association.association_name": "ssmName",
  "AWS::SSM::Association.AssociationName": "ssmName",
  "aws_ssm_document.name": "ssmDocument",
  "AWS::SSM::Document.Name": "ssmDocument",
  "aws_ssm_patch_baseline.name": "ssmName",
  "AWS::SSM::PatchBaseline.Name": "ssmName",
  "aws_ssm_resource_data_sync.name": "ssmDataSync",
  "AWS::SSM::ResourceDataSync.SyncName": "ssmDataSync",
  "aws_route53_resolver_firewall_domain_list.name": "resolver",
  "aws_route53_resolver_firewall_rule_group.name": "resolver",
  "aws_route53_resolver_firewall_rule.name": "resolver",
  "aws_route53_resolver_query_log_config.name": "resolver",
  "AWS::Route53Resolver::FirewallDomainList.Name": "resolver",
  "AWS::Route53Resolver::FirewallRuleGroup.Name": "resolver",
  "AWS::Route53Resolver::ResolverQueryLoggingConfig.Name": "resolver",
  "aws_cloudwatch_metric_alarm.alarm_name": "alarm",
  "AWS::CloudWatch::Alarm.AlarmName": "alarm",
  "aws_codebuild_project.name": "codebuild",
  "AWS::CodeBuild::Project.Name": "codebuild",
  "aws_codepipeline.name": "codepipeline",
  "AWS::CodePipeline::Pipeline.Name": "codepipeline",
  "aws_lambda_function.function_name": "lambda",
  "AWS::Lambda::Function.FunctionName": "lambda",
  "aws_signer_signing_profile.name": "signer",
  "AWS::Signer::SigningProfile.ProfileName": "signer",
  "aws_backup_vault.name": "backup",
  "aws_backup_plan.name": "backup",
  "AWS::Backup::BackupVault.BackupVaultName": "backup",
  "aws_sqs_queue.name": "sqs",
  "AWS::SQS::Queue.QueueName": "sqs",
  "aws_macie2_classification_job.name": "macieJob",
  "aws_resourceexplorer2_view.name": "resourceExplorerView",
  "AWS::ResourceExplorer2::View.ViewName": "resourceExplorerView",
  "aws_ssm_parameter.name": "ssmParameter",
  "aws_cloudwatch_log_metric_filter.name": "metricFilter",
  "aws_route53_resolver_firewall_rule_group_association.name": "resolver",
  "AWS::Route53Resolver::FirewallRuleGroupAssociation.Name": "resolver",
  "aws_ssm_maintenance_window.name": "maintenanceWindow",
  "AWS::SSM::MaintenanceWindow.Name": "maintenanceWindow",
  "aws_ssm_maintenance_window_task.name": "maintenanceWindow",
  "AWS::SSM::MaintenanceWindowTask.Name": "maintenanceWindow",
  "aws_ram_resource_share.name": "printable256",
  "AWS::RAM::ResourceShare.Name": "printable256",
  "aws_accessanalyzer_archive_rule.rule_name": "analyzer",
  "aws_organizations_policy.name": "printable128",
  "AWS::Organizations::Policy.Name": "printable128",
  "aws_iam_group_policy.name": "iamPolicy",
  "aws_config_configuration_recorder.name": "printable256",
  "AWS::Config::ConfigurationRecorder.Name": "printable256",
  "aws_config_delivery_channel.name": "printable256",
  "AWS::Config::DeliveryChannel.Name": "printable256",
  "AWS::Config::DeliveryChannel.S3BucketName": "s3Bucket",
  "AWS::CloudTrail::Trail.S3BucketName": "s3Bucket",
  "aws_cloudwatch_event_bus.name": "eventBus",
  "AWS::Events::EventBus.Name": "eventBus",
  "aws_cloudwatch_event_bus_policy.event_bus_name": "eventBus",
  "AWS::Events::EventBusPolicy.EventBusName": "eventBus",
  "aws_config_config_rule.name": "printable128",
  "AWS::Config::ConfigRule.ConfigRuleName": "printable128",
  "AWS::Config::OrganizationConfigRule.OrganizationConfigRuleName": "orgConfigRule",
  "aws_config_organization_managed_rule.name": "orgConfigRule",
  "aws_config_configuration_aggregator.name": "aggregator",
  "AWS::Config::ConfigurationAggregator.ConfigurationAggregatorName": "aggregator",
  "aws_securityhub_configuration_policy.name": "printable128",
  "AWS::SecurityHub::ConfigurationPolicy.Name": "printable128",
  "aws_glue_catalog_database.name": "athenaDatabase",
  "aws_glue_crawler.name": "glue",
  "AWS::Glue::Crawler.Name": "glue",
  "aws_ssm_association.name": "ssmDocument",
  "AWS::SSM::Association.Name": "ssmDocument",
  "aws_cloudwatch_metric_alarm.metric_name": "printable256",
  "AWS::CloudWatch::Alarm.MetricName": "printable256",
  "aws_ssoadmin_permission_set.name": "permissionSet",
  "AWS::SSO::PermissionSet.Name": "permissionSet",
  "AWS::SSM::Parameter.Name": "ssmParameter",
};

const REGION = "ap-southeast-2"; // among the longest region names
const ACCOUNT = "123456789012";

/** Organization names that stress the derivation: a leading digit, reserved starts, length (a name with nothing usable derives "org": see the first test). */
const NAMES = ["3M Company", "3M Company International Holdings Worldwide Group Plc", "AWS Partners", "SG Holdings", "Internal Ltd", "Sthree Bank", "XN Corp", "Ärzte ohne Grenzen e.V."];

function problem(value: string, rule: Rule): string | undefined {
  if (value.length > rule.max) return `${value.length} characters, at most ${rule.max}`;
  if (value.length < (rule.min ?? 1)) return `${value.length} characters, at least ${rule.min}`;
  if (!rule.re.test(value)) return `does not match ${rule.re}`;
  if (rule.bad?.test(value)) return `matches the refused form ${rule.bad}`;
  return undefined;
}

interface Named {
  where: string;
  key: string;
  value: string;
  /** Some of it could not be evaluated here (an each.key, a function call): replaced by "a". */
  partial: boolean;
}

/** Substitutes `${...}` from the bindings until nothing known is left. */
function evaluate(template: string, bindings: Record<string, string>): { value: string; partial: boolean } {
  let partial = false;
  let value = template;
  for (let i = 0; i < 5 && value.includes("${"); i++)
    value = value.replace(/\$\{([^{}]+)\}/g, (_, expr: string) => {
      const known = bindings[expr.trim()];
      if (known !== undefined) return known;
      partial = true;
      return "a";
    });
  return { value, partial };
}

type Hcl = { resource?: Record<string, Record<string, Record<string, unknown>[]>>; module?: Record<string, Record<string, unknown>[]>; locals?: Record<string, unknown>[]; variable?: Record<string, { default?: unknown }[]>; data?: Record<string, Record<string, unknown>[]> };

/** Terraform: module arguments from the live roots bound to each module's variables, then every named resource evaluated. */
async function terraformNames(tree: Map<string, string | Uint8Array>, prefix: string): Promise<{ names: Named[]; labels: string[] }> {
  const parsed = new Map<string, Hcl>();
  for (const [path, c] of tree) if (path.endsWith(".tf")) parsed.set(path, (await parseHcl(path, textOf(c))) as Hcl);
  const common = { "data.aws_region.current.name": REGION, "data.aws_region.current.region": REGION, "data.aws_caller_identity.current.account_id": ACCOUNT, "local.org_slug": prefix };
  const moduleVars = new Map<string, Record<string, string>>();
  const labels: string[] = [];
  for (const [path, hcl] of parsed) {
    for (const kind of ["resource", "data"] as const) for (const [type, byName] of Object.entries(hcl[kind] ?? {})) labels.push(...Object.keys(byName).map((n) => `${path}: ${kind} ${type}.${n}`));
    for (const [name, [block]] of Object.entries(hcl.module ?? {})) {
      labels.push(`${path}: module.${name}`);
      const source = String(block!.source);
      if (!source.startsWith("../")) continue;
      const dir = `${path.slice(0, path.lastIndexOf("/"))}/${source}`.split("/").reduce<string[]>((acc, p) => (p === ".." ? acc.slice(0, -1) : p === "." ? acc : [...acc, p]), []).join("/");
      const vars = moduleVars.get(dir) ?? {};
      for (const [k, v] of Object.entries(block!)) if (typeof v === "string") {
        const e = evaluate(v, common);
        if (!e.partial) vars[`var.${k}`] = e.value;
      }
      moduleVars.set(dir, vars);
    }
  }
  const names: Named[] = [];
  for (const [path, hcl] of parsed) {
    const dir = path.slice(0, path.lastIndexOf("/"));
    const bindings: Record<string, string> = { ...common, ...moduleVars.get(dir) };
    for (const [p2, h2] of parsed)
      if (p2.startsWith(`${dir}/`) && !p2.slice(dir.length + 1).includes("/"))
        for (const [k, [v]] of Object.entries(h2.variable ?? {})) if (typeof v?.default === "string" && !(`var.${k}` in bindings)) bindings[`var.${k}`] = v.default;
    for (const locals of hcl.locals ?? []) for (const [k, v] of Object.entries(locals)) if (typeof v === "string") {
      const e = evaluate(v, bindings);
      if (!e.partial) bindings[`local.${k}`] = e.value;
    }
    for (const [type, byName] of Object.entries(hcl.resource ?? {}))
      for (const [name, [body]] of Object.entries(byName))
        for (const [key, v] of Object.entries(body ?? {})) {
          if (typeof v !== "string" || !/name$|^bucket$/.test(key)) continue;
          names.push({ where: `${path}: ${type}.${name}`, key: `${type}.${key}`, ...evaluate(v, bindings) });
        }
  }
  return { names, labels };
}

/** CloudFormation: parameters at their defaults, pseudo parameters, then every named property (strings, Sub, Join, Split, Ref). */
function cloudFormationNames(tree: Map<string, string | Uint8Array>): { names: Named[]; logicalIds: string[] } {
  const names: Named[] = [];
  const logicalIds: string[] = [];
  for (const [path, c] of tree) {
    if (!path.startsWith("cloudformation/") || !path.endsWith(".yaml")) continue;
    const doc = parseYaml(textOf(c), { customTags: CFN_TAGS }) as { Parameters?: Record<string, { Default?: unknown }>; Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
    if (!doc?.Resources) continue;
    const bindings: Record<string, string> = { "AWS::Region": REGION, "AWS::AccountId": ACCOUNT, "AWS::Partition": "aws" };
    for (const [k, p] of Object.entries(doc.Parameters ?? {})) if (p.Default !== undefined && typeof p.Default !== "object") bindings[k] = String(p.Default);
    let partial = false;
    const value = (v: unknown): string => {
      if (typeof v === "string") return v;
      if (typeof v === "number") return String(v);
      const fn = v as Record<string, unknown>;
      if (fn && "Ref" in fn && typeof fn.Ref === "string" && bindings[fn.Ref] !== undefined) return bindings[fn.Ref]!;
      if (fn && "Fn::Sub" in fn && typeof fn["Fn::Sub"] === "string") {
        const e = evaluate(fn["Fn::Sub"], bindings);
        partial ||= e.partial;
        return e.value;
      }
      if (fn && "Fn::Join" in fn) {
        const [sep, parts] = fn["Fn::Join"] as [string, unknown];
        return (Array.isArray(parts) ? parts.map(value) : value(parts).split(",")).join(sep);
      }
      if (fn && "Fn::Split" in fn) {
        const [sep, s] = fn["Fn::Split"] as [string, unknown];
        return value(s).split(sep).join(",");
      }
      partial = true;
      return "a";
    };
    for (const [id, res] of Object.entries(doc.Resources)) {
      logicalIds.push(`${path}: ${id}`);
      for (const [key, v] of Object.entries(res.Properties ?? {})) {
        if (!/Name$/.test(key)) continue;
        partial = false;
        const text = value(v);
        names.push({ where: `${path}: ${id}`, key: `${res.Type}.${key}`, value: text, partial });
      }
    }
  }
  return { names, logicalIds };
}

describe("names derived from the organization name are valid AWS names", () => {
  it("awsNamePrefix: a letter first, lower-case letters, digits and single dashes, short, never a reserved start", () => {
    expect(awsNamePrefix("Acme Corp")).toBe("acme-corp");
    expect(awsNamePrefix("3M Company")).toBe("zt-3m-company");
    expect(awsNamePrefix("AWS Partners")).toBe("zt-aws-partners");
    expect(awsNamePrefix("SG Holdings")).toBe("zt-sg-holdings");
    expect(awsNamePrefix("!!!")).toBe("org");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (name) => {
        const p = awsNamePrefix(name);
        expect(p).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        expect(p.length).toBeLessThanOrEqual(AWS_NAME_PREFIX_MAX);
        expect(p).not.toMatch(/^(aws|amazon|amzn|ssm|sthree|sg-|internal-|xn-)/);
        expect(awsNamePrefix(p)).toBe(p); // stable: a prefix read back from a file derives itself
      }),
      { seed: 12, numRuns: 500 },
    );
  });

  for (const iac of ["terraform", "cloudformation"] as const) {
    it(`every named ${iac} resource, for ${NAMES.length} hostile organization names`, async () => {
      const failures: string[] = [];
      let checked = 0;
      const unknownKeys = new Set<string>();
      for (const name of NAMES) {
        const prefix = awsNamePrefix(name);
        const { tree } = await renderProfile({ name: `names-${iac}`, org: org({ name, iac, ci: "codepipeline" }), stage: "traditional" });
        const found = iac === "terraform" ? await terraformNames(tree, prefix) : cloudFormationNames(tree);
        for (const n of found.names) {
          if (!n.value.includes(prefix)) continue; // only names derived from the organization
          const rule = RULES[WHERE[n.key] ?? ""];
          if (!rule) {
            unknownKeys.add(n.key);
            continue;
          }
          checked++;
          const p = problem(n.value, rule);
          if (p) failures.push(`${name}: ${n.where} ${n.key} = ${n.value}${n.partial ? " (partly evaluated)" : ""}: ${p}`);
        }
        const labels = "labels" in found ? found.labels : found.logicalIds;
        const idRule = iac === "terraform" ? /: (resource|data|module)[ .]?[\w-]*\.?[A-Za-z_][\w-]*$/ : /: [A-Za-z0-9]{1,255}$/;
        for (const l of labels) if (!idRule.test(l)) failures.push(`${name}: ${l}: not a valid ${iac === "terraform" ? "Terraform resource name" : "CloudFormation logical id"}`);
        checked += labels.length;
      }
      console.log(`aws names (${iac}): ${checked} names and identifiers checked for ${NAMES.length} organization names, ${failures.length} invalid`);
      expect(failures).toEqual([]);
      // A name attribute with no rule here would go unchecked: add its AWS rule to WHERE.
      expect([...unknownKeys]).toEqual([]);
      expect(checked).toBeGreaterThan(100);
    }, 120_000);
  }
});
