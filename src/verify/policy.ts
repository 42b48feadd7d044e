/** Minimal IAM policy reading: enough to recognise admin grants and SCP guardrails. */
export interface Statement {
  Effect: "Allow" | "Deny";
  Action: string[];
  NotAction: string[];
  Resource: string[];
  Principal: unknown;
  Condition: Record<string, Record<string, unknown>>;
}

const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

/** Parses a policy document; AWS URL-encodes documents in some responses (moto does not), so decode defensively. */
export function parsePolicy(doc: string | undefined): Statement[] {
  if (!doc) return [];
  let text = doc.trim();
  if (!text.startsWith("{")) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return [];
    }
  }
  let parsed: { Statement?: unknown };
  try {
    parsed = JSON.parse(text) as { Statement?: unknown };
  } catch {
    return [];
  }
  const raw = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement] : [];
  return raw.map((s: Record<string, unknown>) => ({
    Effect: s.Effect === "Deny" ? "Deny" : "Allow",
    Action: list(s.Action),
    NotAction: list(s.NotAction),
    Resource: list(s.Resource),
    Principal: s.Principal,
    Condition: (s.Condition ?? {}) as Record<string, Record<string, unknown>>,
  }));
}

/** IAM wildcard match, case-insensitive as IAM action names are. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\?/g, ".")).join(".*")}$`, "i");
  return re.test(action);
}

/** Whether a statement applies to an action (Action matches, or NotAction does not). */
export function coversAction(s: Statement, action: string): boolean {
  if (s.Action.length) return s.Action.some((p) => actionMatches(p, action));
  if (s.NotAction.length) return !s.NotAction.some((p) => actionMatches(p, action));
  return false;
}

/** `Allow *:*` on `*`: full administrator access. */
export const isAdminGrant = (s: Statement): boolean =>
  s.Effect === "Allow" && s.Action.some((a) => a === "*" || a === "*:*") && s.Resource.includes("*") && Object.keys(s.Condition).length === 0;

/** Condition values under any operator for a key (keys are case-insensitive in IAM). */
export function conditionValues(s: Statement, key: string): string[] {
  const out: string[] = [];
  for (const [op, block] of Object.entries(s.Condition)) {
    for (const [k, v] of Object.entries(block ?? {})) if (k.toLowerCase() === key.toLowerCase()) out.push(...list(v).map((x) => `${op}:${x}`));
  }
  return out;
}

/** Whether a resource policy statement lets anyone in: Principal `*` (or AWS `*`) without a narrowing condition. */
export function isPublicStatement(s: Statement): boolean {
  if (s.Effect !== "Allow") return false;
  const p = s.Principal as string | { AWS?: unknown } | undefined;
  const star = p === "*" || (typeof p === "object" && p !== null && list((p as { AWS?: unknown }).AWS).includes("*"));
  if (!star) return false;
  const narrowing = ["aws:sourcearn", "aws:sourceaccount", "aws:principalorgid", "aws:principalaccount", "aws:sourceowner", "aws:principalarn", "lambda:functionurlauthtype", "aws:sourcevpc", "aws:sourcevpce"];
  return !Object.values(s.Condition).some((block) => Object.keys(block ?? {}).some((k) => narrowing.includes(k.toLowerCase())));
}
