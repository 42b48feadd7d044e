import type { CheckMeta, Evidence, Finding, Severity } from "../../model/evidence.js";

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per check, one result per failing finding
 * (passes are not alerts; unknown/error findings become notes so gaps in coverage stay visible).
 * AWS resources have no source file, so each result points at a stable pseudo-path per account
 * and region, and carries the finding id as its fingerprint so alerts track across scans.
 */
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { critical: "error", high: "error", medium: "warning", low: "note", informational: "note" };
/** GitHub's security-severity scale (0-10). */
const SCORE: Record<Severity, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", informational: "0.0" };

export function toSarif(e: Evidence, catalog: Map<string, CheckMeta>): object {
  const ids = [...new Set([...catalog.keys(), ...e.findings.map((f) => f.checkId)])].sort();
  const rules = ids.map((id) => {
    const meta = catalog.get(id);
    const sample = e.findings.find((f) => f.checkId === id);
    const severity = meta?.severity ?? sample?.severity ?? "medium";
    const remediation = meta?.remediation ?? sample?.remediation;
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase()),
      shortDescription: { text: meta?.title ?? id },
      fullDescription: { text: remediation?.text ?? meta?.title ?? id },
      ...(remediation?.doc ? { helpUri: remediation.doc } : {}),
      help: { text: `${remediation?.text ?? ""}${remediation?.module ? ` Template module: ${remediation.module}.` : ""}`.trim() || id },
      defaultConfiguration: { level: LEVEL[severity] },
      properties: { tags: ["security", "aws", "zero-trust", meta?.pillar ?? sample?.pillar ?? ""].filter(Boolean), "security-severity": SCORE[severity], capability: meta?.capability ?? sample?.capability },
    };
  });
  const results = e.findings
    .filter((f) => f.status !== "pass")
    .map((f) => ({
      ruleId: f.checkId,
      ruleIndex: ids.indexOf(f.checkId),
      // SARIF's own kinds: a fail is a result at its severity; nothing in scope is notApplicable, never a pass.
      ...(f.status === "not-applicable" ? { kind: "notApplicable", level: "none" } : { level: f.status === "fail" ? LEVEL[f.severity] : "note" }),
      message: { text: f.status === "fail" || f.status === "not-applicable" ? f.detail : `Could not be evaluated (${f.status}): ${f.detail}` },
      locations: [location(f)],
      partialFingerprints: { findingId: f.id },
      properties: { status: f.status, accountId: f.accountId, region: f.region, resources: f.resources, calls: f.calls },
    }));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: e.tool.name, version: e.tool.version, informationUri: "https://www.npmjs.com/package/create-zero-trust", rules } },
        invocations: [{ executionSuccessful: true, endTimeUtc: e.generatedAt }],
        results,
      },
    ],
  };
}

function location(f: Finding) {
  return {
    physicalLocation: { artifactLocation: { uri: `aws/${f.accountId}/${f.region}/${f.checkId}` }, region: { startLine: 1 } },
    logicalLocations: [{ name: f.resources[0] ?? `${f.accountId}/${f.region}`, fullyQualifiedName: `aws://${f.accountId}/${f.region}`, kind: "resource" }],
  };
}
