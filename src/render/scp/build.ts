import { parseSource, validateSource } from "../../data-file.js";
import { UserError, located } from "../../errors.js";
import type { OrganizationProfile } from "../../model/profile.js";
import { scpDataSchema, type ScpData, type ScpStatementEntry } from "./schema.js";

/** AWS's limit on an SCP document, whitespace included. */
export const SCP_MAX_CHARS = 5120;
/** AWS's limit of SCPs attached to one target; FullAWSAccess (which must stay attached for deny-list SCPs) takes one. */
export const SCP_MAX_PER_TARGET = 5;
export const SCP_OWN_PER_TARGET = SCP_MAX_PER_TARGET - 1;

export interface BuiltScp {
  name: string;
  file: string;
  /** CloudFormation logical id. */
  logicalId: string;
  description: string;
  sids: string[];
  titles: string[];
  targets: string[];
  /** Minified JSON exactly as written (before the file's trailing newline). */
  text: string;
  size: number;
}

export interface ScpPlan {
  policies: BuiltScp[];
  /** Per OU: its policies, the CloudFormation parameter holding its id, and the condition testing it was given. */
  ous: { key: string; title: string; description: string; policies: string[]; count: number; param: string; condition: string }[];
  ousByKey: Record<string, ScpPlan["ous"][number]>;
  principals: ScpData["principals"];
  limits: { maxChars: number; maxPerTarget: number };
}

type Statement = Record<string, unknown>;

export function parseScpData(file: string, text: string): ScpData {
  const source = parseSource(file, text);
  const data = validateSource(source, scpDataSchema, "SCP statement file");
  const problems: string[] = [];
  const keys = new Set(data.ous.map((o) => o.key));
  data.statements.forEach((s, i) => {
    if (data.statements.findIndex((t) => t.sid === s.sid) !== i) problems.push(located(file, source.locate(["statements", i, "sid"]), `duplicate Sid "${s.sid}"`));
    for (const ou of s.ous ?? []) if (!keys.has(ou)) problems.push(located(file, source.locate(["statements", i, "ous"]), `unknown OU key "${ou}"`));
  });
  if (problems.length) throw new UserError(`${file} is not a valid SCP statement file`, problems);
  return data;
}

/** The role AWS Control Tower acts through in every enrolled account. */
export const CONTROL_TOWER_ROLE = "AWSControlTowerExecution";

/**
 * Resolves the statements for the organization and packs them: statements attached to the same set
 * of OUs share policies, filled first-fit by decreasing size so that each minified policy (plus the
 * file's newline) stays within 5,120 characters; then checks the per-target count.
 */
export function buildScps(data: ScpData, org: OrganizationProfile, opts: { controlTower?: boolean } = {}): ScpPlan {
  const role = (name: string) => `arn:aws:iam::*:role/${name}`;
  // Control Tower deploys and repairs its own trail, recorder and roles in every governed region.
  const landingZone = opts.controlTower ? [CONTROL_TOWER_ROLE] : [];
  const values: Record<string, string[]> = {
    $REGIONS: [...new Set(org.regions)].sort(),
    $EXEMPT_BREAKGLASS: [data.principals.breakGlass, ...landingZone].map(role),
    $EXEMPT_SECURITY: [data.principals.breakGlass, data.principals.pipeline, ...landingZone].map(role),
    // Who may create or change the exempted roles: the pipeline, and the StackSets that create it.
    $DEPLOYERS: [role(data.principals.pipeline), role("stacksets-exec-*")],
  };
  const active = data.ous.map((o) => o.key).filter((k) => k !== "suspended");
  const federates = org.identityProvider !== "none";
  const used = data.statements.filter((s) => s.when !== "federated" || federates);

  const groups = new Map<string, { targets: string[]; entries: { entry: ScpStatementEntry; json: Statement; size: number }[] }>();
  for (const entry of used) {
    const targets = entry.ous ?? active;
    const key = [...targets].sort().join(",");
    const json = resolve(entry, values);
    const group = groups.get(key) ?? { targets: data.ous.map((o) => o.key).filter((k) => targets.includes(k)), entries: [] };
    group.entries.push({ entry, json, size: JSON.stringify(json).length });
    groups.set(key, group);
  }

  const policies: BuiltScp[] = [];
  for (const group of groups.values()) {
    const bins: (typeof group.entries)[] = [];
    const order = [...group.entries].sort((a, b) => b.size - a.size || (a.entry.sid < b.entry.sid ? -1 : 1));
    for (const item of order) {
      const bin = bins.find((b) => policyText([...b, item].map((x) => x.json)).length + 1 <= SCP_MAX_CHARS);
      if (bin) bin.push(item);
      else if (policyText([item.json]).length + 1 <= SCP_MAX_CHARS) bins.push([item]);
      else throw new UserError(`SCP statement ${item.entry.sid} alone is longer than ${SCP_MAX_CHARS} characters`);
    }
    const base = group.targets.length === active.length && active.every((k) => group.targets.includes(k)) ? "zt-guardrails" : `zt-${group.targets.join("-").replace(/_/g, "-")}`;
    bins.forEach((bin, i) => {
      // Keep the data file's order inside a policy: it reads top-down like the file.
      const inOrder = group.entries.filter((e) => bin.includes(e));
      const name = bins.length > 1 ? `${base}-${i + 1}` : base;
      const text = policyText(inOrder.map((e) => e.json));
      const sids = inOrder.map((e) => e.entry.sid);
      policies.push({
        name,
        file: `policies/scp/${name}.json`,
        logicalId: name.split("-").map((w) => w[0]!.toUpperCase() + w.slice(1)).join(""),
        description: `Zero Trust guardrails: ${sids.join(", ")}`.slice(0, 512),
        sids,
        titles: inOrder.map((e) => e.entry.title),
        targets: group.targets,
        text,
        size: text.length,
      });
    });
  }
  policies.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const ous = data.ous.map((o) => {
    const names = policies.filter((p) => p.targets.includes(o.key)).map((p) => p.name);
    const pascal = o.key.split("_").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
    return { ...o, policies: names, count: names.length + 1, param: `${pascal}OuId`, condition: `Has${pascal}Ou` };
  });
  const over = ous.filter((o) => o.policies.length > SCP_OWN_PER_TARGET);
  if (over.length)
    throw new UserError(
      `the guardrails need more than ${SCP_OWN_PER_TARGET} SCPs on ${over.map((o) => o.title).join(", ")} (AWS allows ${SCP_MAX_PER_TARGET} per target, FullAWSAccess included)`,
    );
  return { policies, ous, ousByKey: Object.fromEntries(ous.map((o) => [o.key, o])), principals: data.principals, limits: { maxChars: SCP_MAX_CHARS, maxPerTarget: SCP_MAX_PER_TARGET } };
}

const policyText = (statements: Statement[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

function resolve(entry: ScpStatementEntry, values: Record<string, string[]>): Statement {
  const fill = (v: string | string[]): string | string[] => {
    if (Array.isArray(v)) return v.flatMap((x) => (x in values ? values[x]! : [x]));
    return v in values ? (values[v]!.length === 1 ? values[v]![0]! : values[v]!) : v;
  };
  const s = entry.statement;
  const out: Statement = { Sid: entry.sid, Effect: s.Effect };
  if (s.Action) out.Action = s.Action;
  if (s.NotAction) out.NotAction = s.NotAction;
  out.Resource = fill(s.Resource);
  if (s.Condition)
    out.Condition = Object.fromEntries(
      Object.entries(s.Condition).map(([op, kv]) => [op, Object.fromEntries(Object.entries(kv).map(([k, v]) => [k, fill(v)]))]),
    );
  return out;
}

/** policies/scp/attachments.json: which policy goes on which OU, for tools and reviewers. */
export function attachmentsJson(plan: ScpPlan): string {
  return JSON.stringify(
    {
      limits: plan.limits,
      principals: plan.principals,
      policies: plan.policies.map((p) => ({ name: p.name, file: p.file, size: p.size, statements: p.sids, targets: p.targets })),
      ous: plan.ous.map((o) => ({ key: o.key, title: o.title, policies: ["FullAWSAccess", ...o.policies] })),
    },
    null,
    2,
  );
}
