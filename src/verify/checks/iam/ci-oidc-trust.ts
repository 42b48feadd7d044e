import type { Statement } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** OIDC issuers of hosted CI services: any of their customers can mint a token, so the subject decides who gets in. */
const CI_ISSUERS = [/^token\.actions\.githubusercontent\.com(\/[^/]+)?$/, /^gitlab\.com$/, /^app\.terraform\.io$/, /^oidc\.circleci\.com\/org\//, /^api\.bitbucket\.org\/2\.0\/workspaces\//];

const issuerOf = (s: Statement): string | undefined => {
  const federated = (s.Principal as { Federated?: unknown } | undefined)?.Federated;
  const list = federated === undefined ? [] : Array.isArray(federated) ? federated.map(String) : [String(federated)];
  return list.map((f) => /:oidc-provider\/(.+)$/.exec(f)?.[1] ?? f).find((host) => CI_ISSUERS.some((re) => re.test(host)));
};

/** A subject pattern that names no repository or project: "*", "repo:*", "project_path:*". */
const unrestricted = (pattern: string) => /^(?:[a-z_]+:)?\*/i.test(pattern);

/** The subject patterns a statement requires: StringEquals/StringLike values (negated operators restrict nothing). */
function subjects(s: Statement, issuer: string): string[] {
  const out: string[] = [];
  for (const [op, block] of Object.entries(s.Condition))
    if (/^(ForAnyValue:|ForAllValues:)?String(Equals|Like)(IgnoreCase)?$/i.test(op))
      for (const [key, value] of Object.entries(block ?? {})) if (key.toLowerCase() === `${issuer}:sub`.toLowerCase()) out.push(...(Array.isArray(value) ? value : [value]).map(String));
  return out;
}

/** Why a CI-trusting statement lets any repository in, or undefined when its subject names ours. */
function openness(s: Statement, issuer: string): string | undefined {
  const patterns = subjects(s, issuer);
  if (!patterns.length) return "no sub condition";
  const open = patterns.filter(unrestricted);
  return open.length ? `sub ${open.join(", ")}` : undefined;
}

export default defineCheck({
  id: "iam.ci-oidc-trust",
  scope: "account",
  async run(c) {
    const roles = c.need((await c.data("iam")).authorization).roles;
    const trusted = roles
      .map((r) => ({ r, statements: r.trust.filter((s) => s.Effect === "Allow").flatMap((s) => { const issuer = issuerOf(s); return issuer ? [{ s, issuer }] : []; }) }))
      .filter((x) => x.statements.length);
    if (!trusted.length) return notApplicable(`No IAM role in ${c.accountId} trusts a CI service's OIDC provider`);
    const open = trusted.flatMap((x) => {
      const why = x.statements.map(({ s, issuer }) => openness(s, issuer)).filter(Boolean);
      return why.length ? [{ r: x.r, why: why[0]! }] : [];
    });
    if (!open.length) return pass(`All ${count(trusted.length, "IAM role")} in ${c.accountId} trusted by CI OIDC providers restrict the token subject to named repositories`, trusted.map((x) => x.r.arn));
    return fail(`${count(open.length, "IAM role")} in ${c.accountId} can be assumed from any repository of the CI service: ${few(open.map((o) => `${o.r.name} (${o.why})`))}`, open.map((o) => o.r.arn));
  },
});
