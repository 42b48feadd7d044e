import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Infrastructure-as-code security scanners and policy-as-code engines a buildspec may run. */
const SCANNER = /\b(checkov|cfn-lint|cfn-guard|cfn_nag|tfsec|trivy\s+(config|fs)|terrascan|kics|conftest|opa\s+eval|tflint)\b/;

/** A buildspec kept in the source repository cannot be read through the API: only inline ones are judged. */
export default defineCheck({
  id: "codebuild.iac-scanning",
  scope: "region",
  async run(c) {
    const projects = c.need((await c.data("codebuild", c.region)).projects);
    const where = `${c.accountId} ${c.region}`;
    if (!projects.length) return notApplicable(`No CodeBuild projects in ${where}`);
    const inline = projects.filter((p) => p.source?.buildspec?.includes("phases"));
    const scanning = inline.filter((p) => SCANNER.test(p.source!.buildspec!));
    if (scanning.length) return pass(`${count(scanning.length, "CodeBuild project")} in ${where} scan${scanning.length === 1 ? "s" : ""} infrastructure code for security issues: ${few(scanning.map((p) => p.name ?? ""))}`, scanning.map((p) => p.arn ?? ""));
    if (inline.length < projects.length) return { status: "unknown", detail: `${count(projects.length - inline.length, "CodeBuild project")} in ${where} keep${projects.length - inline.length === 1 ? "s" : ""} the buildspec in the source repository, which the API does not show${inline.length ? `; the inline ones (${few(inline.map((p) => p.name ?? ""))}) run no IaC scanner` : ""}` };
    return fail(`None of the ${count(projects.length, "CodeBuild project")} in ${where} runs an IaC security scanner (checkov, cfn-lint, cfn-guard, tfsec, trivy, OPA...): ${few(projects.map((p) => p.name ?? ""))}`, projects.map((p) => p.arn ?? ""));
  },
});
