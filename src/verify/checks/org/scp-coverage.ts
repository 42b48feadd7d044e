import type { Statement } from "../../policy.js";
import type { Scp } from "../../scan/organization.js";
import type { Outcome } from "../../types.js";
import { count, type CheckContext, fail, few, notApplicable, pass } from "../define.js";

/**
 * Whether SCPs with a given guardrail are in effect for every member account: attached to the
 * root, to an OU above the account, or to the account itself. SCPs never apply to the management
 * account, so it is left out.
 */
export function scpCoverage(c: CheckContext, guardrail: string, matches: (s: Statement) => boolean): Outcome {
  const org = c.org;
  if (!org.organization) {
    if (org.problem) return { status: org.problem.status, detail: `The organization could not be read: ${org.problem.reason}` };
    return fail(`${org.caller.accountId} is not in an AWS Organization, so no SCP ${guardrail}`);
  }
  // The account list failed: "all 0 member accounts" would be a pass over a list never read.
  if (org.problem) return { status: org.problem.status, detail: `The member accounts of ${org.organization.id} could not be listed: ${org.problem.reason}` };
  const scps = c.need(org.scps);
  const guarding = scps.filter((p) => p.statements.some(matches));
  const members = org.accounts.filter((a) => a.status === "ACTIVE" && a.id !== org.organization!.managementAccountId);
  if (!members.length) return notApplicable(`Organization ${org.organization.id} has no active member accounts for an SCP to apply to`);
  if (!guarding.length) return fail(`No SCP in organization ${org.organization.id} ${guardrail}`);
  const covered = (targets: string[]) => (p: Scp) => p.targets.some((t) => targets.includes(t));
  const uncovered = members.filter((a) => !guarding.some(covered([a.id, ...a.parents])));
  const names = few(guarding.map((p) => p.name));
  if (uncovered.length)
    return fail(`SCP ${names} ${guardrail} but is not attached above ${count(uncovered.length, "member account")}: ${few(uncovered.map((a) => `${a.id}${a.ou ? ` (${a.ou})` : ""}`))}`, uncovered.map((a) => `arn:aws:organizations::${org.organization!.managementAccountId}:account/${org.organization!.id}/${a.id}`));
  return pass(`SCP ${names} ${guardrail} and applies to all ${count(members.length, "member account")}`, guarding.map((p) => `arn:aws:organizations::${org.organization!.managementAccountId}:policy/${org.organization!.id}/service_control_policy/${p.id}`));
}
