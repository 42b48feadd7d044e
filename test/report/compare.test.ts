import { describe, expect, it } from "vitest";
import { compareAssessments } from "../../src/report/compare.js";
import { formatComparison } from "../../src/report/format-comparison.js";
import { toSavedAssessment } from "../../src/report/saved.js";
import * as fx from "./fixtures/scenario.js";
import { reportInput, savedBefore } from "./helpers.js";

const savedAfter = async () => toSavedAssessment(await reportInput({ answers: fx.afterAnswers(), evidence: fx.afterEvidence() }));

describe("compareAssessments", () => {
  it("finds the stages that moved up and down per pillar and capability", async () => {
    const c = compareAssessments(await savedBefore(), await savedAfter());
    expect(c.from.date).toBe("2026-03-02");
    expect(c.to.date).toBe("2026-09-01");
    const pillars = Object.fromEntries(c.pillars.map((p) => [p.id, `${p.from}->${p.to} ${p.direction}`]));
    expect(pillars).toEqual({
      identity: "initial->advanced up",
      devices: "initial->initial same",
      network: "traditional->initial up",
      workloads: "initial->initial same",
      data: "advanced->initial down",
      monitoring: "traditional->traditional same",
      automation: "traditional->advanced up",
    });
    expect(c.capabilities.map((m) => `${m.id} ${m.direction}`)).toEqual([
      "identity.authentication up", // root MFA fixed: no longer capped
      "identity.access-management up", // answered higher
      "network.segmentation up", // the open security group is gone
      "data.encryption down", // answered lower
      "data.access down", // a bucket block was removed
      "automation.governance up",
    ]);
  });

  it("tells fixed, new and regressed findings apart by their stable ids", async () => {
    const { findings } = compareAssessments(await savedBefore(), await savedAfter());
    expect(findings.fixed.map((f) => f.id)).toEqual([
      "ec2.sg-open-admin-ports/222222222222/eu-west-1", // failing before, absent now
      "iam.root-mfa/111111111111/global", // failing before, passing now
    ]);
    expect(findings.new.map((f) => f.id)).toEqual(["guardduty.enabled/222222222222/eu-west-1"]);
    expect(findings.regressed.map((f) => f.id)).toEqual(["s3.account-public-access-block/222222222222/global"]);
    expect(findings.stillFailing).toBe(1);
  });

  it("counts a check that could not run before and fails now as new", async () => {
    const before = toSavedAssessment(
      await reportInput({ answers: fx.beforeAnswers(), evidence: fx.evidence("2026-03-02T00:00:00Z", [fx.finding("guardduty.enabled", "111111111111", "eu-west-1", "error")]) }),
    );
    const after = toSavedAssessment(
      await reportInput({ answers: fx.afterAnswers(), evidence: fx.evidence("2026-09-01T00:00:00Z", [fx.finding("guardduty.enabled", "111111111111", "eu-west-1", "fail")]) }),
    );
    const { findings } = compareAssessments(before, after);
    expect(findings.new.map((f) => f.id)).toEqual(["guardduty.enabled/111111111111/eu-west-1"]);
    expect(findings.regressed).toEqual([]);
  });

  it("prints the progress for the terminal", async () => {
    const text = formatComparison(compareAssessments(await savedBefore(), await savedAfter()));
    expect(text).toContain("Progress for Acme Corp: 2026-03-02 -> 2026-09-01");
    expect(text).toMatch(/Data Security\s+↓ advanced -> initial/);
    expect(text).toContain("Findings: 2 fixed, 1 new, 1 regressed, 1 still failing");
    expect(text).toContain("Regressed:\n  s3.account-public-access-block/222222222222/global (high)");
  });
});
