// The identity, devices, network and workloads modules (identity-federation ... eks-pod-identity): what the
// generic validators cannot see. Terraform references must resolve (module inputs are declared variables,
// outputs exist, providers are the region aliases), CloudFormation imports must match the exports of
// vpc-segmentation, account-global resources in StackSets exist once, and the files follow the answers.
import { parse as parseHcl } from "@cdktf/hcl2json";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import type { IdentityProvider } from "../../src/model/profile.js";
import { CFN_TAGS } from "../../src/render/cfn-yaml.js";
import type { RenderResult } from "../../src/render/render.js";
import { HOSTILE_NAME, buildFor, evidenceWith, failing, org, profileInput, renderProfile } from "../helpers/render-profiles.js";
import { textOf } from "../helpers/validators/index.js";

const MODULES = [
  "identity-center-permission-sets", "identity-federation", "break-glass-access", "iam-password-policy", "access-analyzer",
  "ssm-patch-baselines", "inspector-enablement", "vpc-segmentation", "vpc-flow-logs", "network-firewall", "dns-firewall",
  "vpc-endpoints", "waf-web-acl", "ecr-scan-on-push", "eks-pod-identity",
];
const REGIONAL = ["access-analyzer", "ssm-patch-baselines", "inspector-enablement", "vpc-segmentation", "vpc-flow-logs", "network-firewall", "dns-firewall", "vpc-endpoints", "waf-web-acl", "ecr-scan-on-push"];
const REGIONS = ["eu-west-1", "us-east-1", "ap-southeast-2"];
const RUNBOOK_SECTIONS = ["Triage", "Containment", "Eradication", "Recovery", "Evidence to keep"];
const ROOT_VARIABLES = ["tags", "security_account_id", "log_archive_account_id", "account_id", "deploy_role_name"];

type Hcl = {
  module?: Record<string, Record<string, unknown>[]>;
  variable?: Record<string, { default?: unknown }[]>;
  output?: Record<string, unknown[]>;
  locals?: Record<string, unknown>[];
};
type Cfn = { Parameters?: Record<string, { Default?: unknown }>; Resources: Record<string, { Type: string; Condition?: string; Properties?: Record<string, unknown> }>; Outputs?: Record<string, { Export?: { Name: unknown } }> };

let tf: RenderResult;
let cfn: RenderResult;
let lean: RenderResult;
let leanCfn: RenderResult;
let noContainers: RenderResult | undefined;

const text = (r: RenderResult, path: string): string => {
  const c = r.tree.get(path);
  if (c === undefined) throw new Error(`${path} was not rendered`);
  return textOf(c);
};
const hcl = async (r: RenderResult, path: string) => (await parseHcl(path, text(r, path))) as Hcl;
const cfnTemplate = (r: RenderResult, path: string) => parseYaml(text(r, path), { customTags: CFN_TAGS }) as Cfn;
const selected = (r: RenderResult) => r.modules.map((m) => m.manifest.id);
// Without the traffic-management and threat-protection gaps: no network-firewall, no inspector-enablement.
// No containers hide the image-scanning question, so ecr-scan-on-push comes only for its failing check.
const leanStage = (c: string) => (c === "network.traffic-management" || c === "devices.threat-protection" ? "optimal" : "traditional");
async function renderLean(o: ReturnType<typeof org>): Promise<RenderResult> {
  const input = await profileInput({ name: "lean", org: o, stage: leanStage, evidence: evidenceWith([failing("ecr.scan-on-push")]) });
  input.answers.answers["workloads.containers"] = "no-containers";
  return buildFor(input);
}

beforeAll(async () => {
  // Through the real questionnaire when it exists: eks-pod-identity depends on the containers answer.
  tf = await renderProfile({ name: "r2-tf", org: org({ name: HOSTILE_NAME, regions: REGIONS, homeRegion: "us-east-1" }), stage: "traditional" });
  cfn = await renderProfile({ name: "r2-cfn", org: org({ name: HOSTILE_NAME, iac: "cloudformation", regions: REGIONS, homeRegion: "us-east-1" }), stage: "traditional" });
  const input = await profileInput({ name: "r2-no-containers", org: org(), stage: "traditional" });
  input.answers.answers["workloads.containers"] = "no-containers";
  noContainers = await buildFor(input);
  lean = await renderLean(org({ identityProvider: "identity-center" }));
  leanCfn = await renderLean(org({ iac: "cloudformation", identityProvider: "none" }));
}, 120_000);

describe("selection", () => {
  it("includes all fifteen modules when every capability is traditional", () => {
    for (const r of [tf, cfn]) expect(selected(r)).toEqual(expect.arrayContaining(MODULES));
  });

  it("leaves out eks-pod-identity when the organization runs no containers", (ctx) => {
    if (!noContainers) return ctx.skip("the questionnaire is missing, so no answer can hide the module");
    expect(selected(noContainers)).not.toContain("eks-pod-identity");
    expect(selected(noContainers)).toContain("waf-web-acl");
  });

  it("leaves out modules whose capability is already optimal", () => {
    expect(selected(lean)).not.toContain("network-firewall");
    expect(selected(lean)).not.toContain("inspector-enablement");
    expect(selected(lean)).toContain("vpc-segmentation");
  });
});

describe("Terraform references resolve", () => {
  const roots = (r: RenderResult) => [...new Set([...r.tree.keys()].filter((p) => p.startsWith("terraform/live/")).map((p) => p.split("/").slice(0, 3).join("/")))];

  it("module blocks pass only declared variables, every required one, and read only declared outputs", async () => {
    for (const r of [tf, lean]) {
      for (const root of roots(r)) {
        const files = [...r.tree.keys()].filter((p) => p.startsWith(`${root}/`) && p.endsWith(".tf"));
        const parsed = await Promise.all(files.map((f) => hcl(r, f)));
        const blocks = new Map(parsed.flatMap((h) => Object.entries(h.module ?? {})));
        const declared = new Set([...parsed.flatMap((h) => Object.keys(h.variable ?? {})), ...ROOT_VARIABLES]);
        const rootText = files.map((f) => text(r, f)).join("\n");
        for (const [name, [block]] of blocks) {
          const source = String(block!.source);
          const id = source.replace("../../modules/", "");
          if (!MODULES.includes(id.split("/")[0]!)) continue;
          const dir = `terraform/modules/${id}`;
          const variables = (await hcl(r, `${dir}/variables.tf`)).variable ?? {};
          const outputs = Object.keys((await hcl(r, `${dir}/outputs.tf`)).output ?? {});
          const given = Object.keys(block!).filter((k) => !["source", "providers", "for_each", "count", "depends_on"].includes(k));
          for (const k of given) expect(Object.keys(variables), `${root} module.${name}.${k}`).toContain(k);
          for (const [v, [decl]] of Object.entries(variables)) if (!("default" in decl!)) expect(given, `${root} module.${name} needs ${v}`).toContain(v);
          for (const m of rootText.matchAll(new RegExp(`module\\.${name}\\.(\\w+)`, "g"))) expect(outputs, `${root} module.${name}.${m[1]}`).toContain(m[1]);
        }
        for (const m of rootText.matchAll(/\bvar\.(\w+)/g)) expect([...declared], `${root} var.${m[1]}`).toContain(m[1]);
      }
    }
  });

  it("module code reads only its own variables", async () => {
    for (const id of MODULES) {
      const dirs = [...new Set([...tf.tree.keys()].filter((p) => p.startsWith(`terraform/modules/${id}/`)).map((p) => p.slice(0, p.lastIndexOf("/"))))];
      for (const dir of dirs) {
        const variables = Object.keys((await hcl(tf, `${dir}/variables.tf`)).variable ?? {});
        const code = ["main.tf", "outputs.tf"].map((f) => text(tf, `${dir}/${f}`)).join("\n");
        for (const m of code.matchAll(/\bvar\.(\w+)/g)) expect(variables, `${dir} var.${m[1]}`).toContain(m[1]);
      }
    }
  });

  it("regional modules get one block per region in use, each through that region's provider alias", async () => {
    const expected = REGIONS.map((r) => r.replace(/-/g, "_")).sort();
    for (const id of REGIONAL) {
      const files = [...tf.tree.keys()].filter((p) => p.startsWith("terraform/live/") && p.endsWith(`/${id}.tf`));
      expect(files.length, id).toBeGreaterThan(0);
      for (const f of files) {
        const h = await hcl(tf, f);
        const aliases = [
          ...Object.values(h.module ?? {}).map(([b]) => (b!.providers as { aws: string }).aws),
          ...Object.values((h as { resource?: Record<string, Record<string, { provider?: string }[]>> }).resource ?? {}).flatMap((byName) => Object.values(byName).map(([b]) => b!.provider!)),
        ].map((a) => a.replace(/^\$\{aws\.|\}$/g, ""));
        expect([...new Set(aliases)].sort(), f).toEqual(expected);
      }
    }
  });
});

describe("CloudFormation", () => {
  const network = (r: RenderResult) => [...r.tree.keys()].filter((p) => p.startsWith("cloudformation/network/"));

  it("imports only names that vpc-segmentation exports", () => {
    for (const r of [cfn, leanCfn]) {
      const seg = cfnTemplate(r, "cloudformation/network/vpc-segmentation.yaml");
      const exported = new Set(Object.values(seg.Outputs ?? {}).flatMap((o) => (o.Export ? [JSON.stringify(o.Export.Name)] : [])));
      for (const path of network(r)) {
        const imports = [...JSON.stringify(cfnTemplate(r, path)).matchAll(/"Fn::ImportValue":(\{"Fn::Sub":"[^"]+"\})/g)].map((m) => m[1]!);
        for (const i of imports) expect([...exported], `${path} imports ${i}`).toContain(i);
      }
    }
  });

  it("creates account-global IAM resources of StackSet templates in the home region only", () => {
    const global: Record<string, string[]> = {
      "cloudformation/identity/break-glass-role.yaml": ["BreakGlassRole"],
      "cloudformation/identity/iam-password-policy.yaml": ["PasswordPolicy", "PasswordPolicyFunction", "PasswordPolicyFunctionRole"],
      "cloudformation/devices/ssm-patch-baselines.yaml": ["DefaultHostManagementRole"],
    };
    for (const [path, ids] of Object.entries(global)) {
      const t = cfnTemplate(cfn, path);
      expect(t.Parameters?.HomeRegion?.Default, path).toBe("us-east-1");
      for (const id of ids) expect(t.Resources[id]?.Condition, `${path} ${id}`).toBe("IsHomeRegion");
      // Regional resources (patch baselines, windows) must not be limited to the home region.
      for (const [id, r] of Object.entries(t.Resources)) if (!ids.includes(id)) expect(r.Condition, `${path} ${id}`).not.toBe("IsHomeRegion");
    }
  });

  it("names resources from the organization slug, never the raw name", () => {
    for (const path of [...cfn.tree.keys()].filter((p) => p.startsWith("cloudformation/") && p.endsWith(".yaml"))) {
      const prefix = cfnTemplate(cfn, path).Parameters?.NamePrefix;
      if (prefix) expect(prefix.Default, path).toBe("acme-ops-x-y-rm-rf-u");
    }
  });

  it("adds firewall subnets to the VPC only when network-firewall is selected", () => {
    const types = (r: RenderResult) => Object.keys(cfnTemplate(r, "cloudformation/network/vpc-segmentation.yaml").Resources);
    expect(types(cfn)).toContain("FirewallSubnetA");
    expect(types(cfn)).not.toContain("PrivateNatRouteA");
    expect(types(leanCfn)).not.toContain("FirewallSubnetA");
    expect(types(leanCfn)).toContain("PrivateNatRouteA");
  });
});

describe("tailoring", () => {
  const guideHeading = async (idp: IdentityProvider) => {
    const r = await renderProfile({ name: `r2-${idp}`, org: org({ identityProvider: idp }), stage: "traditional" });
    return { r, guide: text(r, "docs/identity-federation.md") };
  };

  it("writes the federation steps of the chosen identity provider, and directory groups only without one", async () => {
    const steps: Record<IdentityProvider, string> = {
      okta: "## Set up Okta",
      "entra-id": "## Set up Microsoft Entra ID",
      google: "## Set up Google Workspace",
      "identity-center": "## Set up the Identity Center directory",
      none: "## Set up the Identity Center directory",
    };
    for (const [idp, heading] of Object.entries(steps) as [IdentityProvider, string][]) {
      const { r, guide } = await guideHeading(idp);
      const others = Object.values(steps).filter((h) => h !== heading);
      expect(guide, idp).toContain(heading);
      for (const o of others) expect(guide, idp).not.toContain(o);
      const live = await hcl(r, "terraform/live/management/identity-federation.tf");
      const groups = live.module!.identity_federation![0]!.directory_groups as Record<string, string> | undefined;
      if (idp === "identity-center" || idp === "none") expect(Object.keys(groups ?? {})).toContain("aws-security-audit");
      else expect(groups, idp).toBeUndefined();
    }
  });

  it("uses enhanced ECR scanning only where Inspector is enabled", async () => {
    const scanTypes = async (r: RenderResult) => Object.values((await hcl(r, "terraform/live/member/ecr-scan-on-push.tf")).module!).map(([b]) => b!.scan_type);
    expect(new Set(await scanTypes(tf))).toEqual(new Set(["ENHANCED"]));
    expect(new Set(await scanTypes(lean))).toEqual(new Set(["BASIC"]));
  });

  it("creates no member VPC (and so no NAT gateway) until the account lists a CIDR for the region", async () => {
    const live = await hcl(tf, "terraform/live/member/vpc-segmentation.tf");
    expect(live.variable!.vpc_segmentation_cidr_blocks![0]!.default).toEqual({});
    expect(live.variable!.vpc_segmentation_nat_gateway_per_az![0]!.default).toBe(false);
    expect(live.module!.vpc_segmentation_us_east_1![0]!.count).toContain('contains(keys(var.vpc_segmentation_cidr_blocks), "us-east-1")');
  });

  it("turns on the unused-access analyzer in the home region only", async () => {
    const blocks = (await hcl(tf, "terraform/live/security/access-analyzer.tf")).module!;
    expect(blocks.access_analyzer_us_east_1![0]!.unused_access_age).toBe(90);
    expect(blocks.access_analyzer_eu_west_1![0]!.unused_access_age).toBe(0);
  });
});

describe("runbooks", () => {
  const runbooks = (r: RenderResult) => [...r.tree.keys()].filter((p) => /^runbooks\/[^/]+\.md$/.test(p) && r.modules.some((m) => MODULES.includes(m.manifest.id) && m.files.some((f) => f.path === p)));

  it("have triage, containment, eradication, recovery and evidence sections, in that order", () => {
    const paths = runbooks(tf);
    expect(paths.length).toBe(10);
    for (const path of paths) {
      const headings = text(tf, path).split("\n").filter((l) => l.startsWith("## ")).map((l) => l.slice(3));
      expect(headings, path).toEqual(RUNBOOK_SECTIONS);
    }
  });

  it("keep SSM's own {{ parameter }} references in the DNS Firewall automation", () => {
    const doc = JSON.parse(text(tf, "runbooks/ssm/DnsFirewallBlockDomain.json")) as { mainSteps: { inputs: { Domains?: string[] } }[] };
    expect(doc.mainSteps[0]!.inputs.Domains).toEqual(["{{ DomainName }}"]);
  });

  it("read the organization name back as Markdown text", () => {
    const first = text(tf, "docs/identity-federation.md").split("\n")[0]!;
    expect(first).toBe("# Identity federation for Acme \"Ops\" \\{\\{x\\}\\} \\$\\{y\\} '; rm -rf \\\\ ü");
  });
});
