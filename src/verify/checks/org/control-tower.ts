import { count, defineCheck, fail, few, pass } from "../define.js";
import { organizationArn, requireOrganization } from "./organization.js";

const CONTROL_TOWER = "controltower.amazonaws.com";
// Control Tower names the SCPs that carry its preventive controls aws-guardrails-<id>.
const GUARDRAIL_SCP = /^aws-guardrails-/;

/**
 * Control Tower is read through Organizations (no Control Tower API needed): a landing zone gives
 * controltower.amazonaws.com trusted access and attaches its guardrails as SCPs.
 */
export default defineCheck({
  id: "org.control-tower",
  scope: "org",
  async run(c) {
    const found = requireOrganization(c.org, "no Control Tower landing zone governs it");
    if ("outcome" in found) return found.outcome;
    const o = found.organization;
    const scps = c.org.scps;
    c.read(scps);
    const guardrails = scps.ok ? scps.value.filter((p) => GUARDRAIL_SCP.test(p.name) && p.targets.length) : [];
    const controls = guardrails.length ? ` with ${count(guardrails.length, "attached guardrail SCP")}` : "";
    // Without the trusted-access list (a delegated administrator may not read it), attached guardrail SCPs still show Control Tower.
    if (!c.org.serviceAccess.ok && guardrails.length)
      return pass(`AWS Control Tower's guardrails are attached in organization ${o.id}: ${few(guardrails.map((p) => p.name))}`, guardrails.map((p) => `arn:aws:organizations::${o.managementAccountId}:policy/${o.id}/service_control_policy/${p.id}`));
    const access = c.need(c.org.serviceAccess);
    if (access.includes(CONTROL_TOWER)) return pass(`AWS Control Tower governs organization ${o.id} (trusted access for ${CONTROL_TOWER})${controls}`, [organizationArn(o)]);
    return fail(`AWS Control Tower does not govern organization ${o.id}: ${CONTROL_TOWER} has no trusted access${controls ? ` (left over${controls})` : ""}`, [organizationArn(o)]);
  },
});
