import type { EventRule } from "../../collect/monitoring.js";
import type { Outcome } from "../../types.js";
import { type CheckContext, notApplicable } from "../define.js";

/** Targets that act on a finding (run code or a runbook), as opposed to passing it on (SNS, SQS, logs, another bus). */
const ACTING = /^arn:aws[a-z-]*:(lambda|states|ssm|codebuild|ecs|batch):/;

export const actingTargets = (r: EventRule) => r.targets.filter((t) => ACTING.test(t));

/**
 * Why a region with no responding rule has nothing to respond to: no enabled GuardDuty detector, no
 * Security Hub and no active Config rule produce findings there. Null when something does (the
 * check then fails). A source that could not be read leaves the region undetermined, never vacuously fine.
 */
export async function noFindingSources(c: CheckContext): Promise<Outcome | null> {
  const [guardduty, securityhub, config] = await Promise.all([c.data("guardduty", c.region), c.data("securityhub", c.region), c.data("config", c.region)]);
  const reads = [guardduty.detectors, securityhub.hub, config.rules] as const;
  reads.forEach((g) => c.read(g));
  const [detectors, hub, rules] = reads;
  if ((detectors.ok && detectors.value.some((d) => d.status === "ENABLED")) || (hub.ok && hub.value) || (rules.ok && rules.value.some((r) => (r.ConfigRuleState ?? "ACTIVE") === "ACTIVE"))) return null;
  const unreadable = reads.find((g) => !g.ok);
  if (unreadable && !unreadable.ok) return { status: unreadable.status, detail: `Whether anything produces security findings in ${c.accountId} ${c.region} could not be read: ${unreadable.reason}` };
  return notApplicable(`Nothing produces security findings in ${c.accountId} ${c.region} (no GuardDuty detector, Security Hub or Config rule) for a rule to respond to`);
}
