import { coversAction, isAdminGrant, type Statement } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Actions that let a principal grant itself more than it has (on any resource). */
const ESCALATE_ALONE = [
  "iam:CreatePolicyVersion",
  "iam:SetDefaultPolicyVersion",
  "iam:AttachUserPolicy",
  "iam:AttachRolePolicy",
  "iam:AttachGroupPolicy",
  "iam:PutUserPolicy",
  "iam:PutRolePolicy",
  "iam:PutGroupPolicy",
  "iam:AddUserToGroup",
  "iam:UpdateAssumeRolePolicy",
  "iam:CreateAccessKey",
  "iam:CreateLoginProfile",
  "iam:UpdateLoginProfile",
];
/** Compute that runs with a passed role: with iam:PassRole on "*", any role's permissions. */
const RUN_AS_ROLE = ["lambda:CreateFunction", "ec2:RunInstances", "cloudformation:CreateStack", "glue:CreateDevEndpoint", "ecs:RunTask"];

const onAnything = (s: Statement) => s.Effect === "Allow" && s.Resource.includes("*") && Object.keys(s.Condition).length === 0;
const grants = (statements: Statement[], action: string) => statements.some((s) => onAnything(s) && coversAction(s, action));

/** The escalation paths a policy opens; full admin policies are iam.admin-policies' finding, not repeated here. */
export function escalationPaths(statements: Statement[]): string[] {
  if (statements.some(isAdminGrant)) return [];
  const alone = ESCALATE_ALONE.filter((a) => grants(statements, a));
  const passRole = grants(statements, "iam:PassRole") ? RUN_AS_ROLE.filter((a) => grants(statements, a)).map((a) => `iam:PassRole+${a}`) : [];
  return [...alone, ...passRole];
}

export default defineCheck({
  id: "iam.privilege-escalation",
  scope: "account",
  async run(c) {
    const policies = c.need((await c.data("iam")).localPolicies);
    if (!policies.length) return notApplicable(`No attached customer managed policies in ${c.accountId}`);
    const risky = policies.map((p) => ({ p, paths: escalationPaths(p.statements) })).filter((r) => r.paths.length);
    const noun = ["attached customer managed policy", "attached customer managed policies"] as const;
    if (!risky.length) return pass(`None of the ${count(policies.length, ...noun)} in ${c.accountId} opens a privilege-escalation path`, policies.map((p) => p.arn));
    return fail(`${count(risky.length, ...noun)} in ${c.accountId} let a principal escalate its own privileges: ${few(risky.map((r) => `${r.p.name} (${few(r.paths, 2)})`))}`, risky.map((r) => r.p.arn));
  },
});
