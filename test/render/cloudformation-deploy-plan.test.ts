import { beforeAll, describe, expect, it } from "vitest";
import type { RenderResult } from "../../src/render/render.js";
import { org, renderProfile } from "../helpers/render-profiles.js";
import { textOf } from "../helpers/validators/index.js";

// CloudFormation deploys phase by phase, in roadmap order across the management account, the security
// account and the StackSets, with StackSet instances in every region in use.

const REGIONS = ["eu-west-1", "us-east-1", "ap-southeast-2"];
let cfn: RenderResult;
interface Stack {
  template: string;
  stackName: string;
  target: string;
  module: string;
  phase: number;
}
let stacks: Stack[];

beforeAll(async () => {
  cfn = await renderProfile({ name: "cfn-order", org: org({ iac: "cloudformation", regions: REGIONS, homeRegion: "eu-west-1" }), stage: "traditional" });
  stacks = (JSON.parse(textOf(cfn.tree.get("cloudformation/deploy-plan.json")!)) as { stacks: Stack[] }).stacks;
}, 120_000);

describe("cloudformation/deploy-plan.json", () => {
  it("gives every stack its module's roadmap phase, phases in order", () => {
    const phaseOf = new Map(cfn.roadmap.phases.flatMap((p) => p.steps.map((s) => [s.moduleId, p.phase] as const)));
    expect(stacks.length).toBeGreaterThan(10);
    for (const s of stacks) expect(s.phase, s.stackName).toBe(phaseOf.get(s.module));
    expect(stacks.map((s) => s.phase)).toEqual([...stacks.map((s) => s.phase)].sort((a, b) => a - b));
    expect(new Set(stacks.map((s) => s.phase)).size).toBeGreaterThan(1);
  });

  it("puts a StackSet before the management stack that needs what it creates (the log archive bucket before the trail)", () => {
    const at = (name: string) => stacks.findIndex((s) => s.template.endsWith(name));
    expect(at("cloudtrail-log-archive-bucket.yaml")).toBeGreaterThanOrEqual(0);
    expect(at("cloudtrail-log-archive-bucket.yaml")).toBeLessThan(at("cloudtrail-org-trail.yaml"));
  });
});

describe("scripts/cloudformation-run.sh", () => {
  const script = () => textOf(cfn.tree.get("scripts/cloudformation-run.sh")!);

  it("deploys the stacks of phases 0 to ZT_DEPLOY_PHASE in plan order, not grouped by target", () => {
    expect(script()).toContain(`jq -c --argjson p "$phase" '.stacks[] | select(.phase <= $p)' "$plan_file"`);
    expect(script()).not.toMatch(/select\(\.target ==/);
  });

  it("creates StackSet instances in every region in use", () => {
    expect(script()).toContain(`regions="${REGIONS.join(" ")}"`);
    expect(script()).toMatch(/for r in \$regions; do/);
  });

  it("refuses to deploy security-account stacks without the security account's credentials, or into the wrong account", () => {
    expect(script()).toMatch(/has security-account stacks: set ZT_SECURITY_ROLE_ARN/);
    expect(script()).toMatch(/for target in \$\(jq -r '\.target' <<<"\$stacks" \| sort -u\); do check_account "\$target"; done/);
  });
});
