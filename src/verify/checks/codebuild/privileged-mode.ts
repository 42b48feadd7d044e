import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "codebuild.privileged-mode",
  scope: "region",
  async run(c) {
    const projects = c.need((await c.data("codebuild", c.region)).projects);
    if (!projects.length) return notApplicable(`No CodeBuild projects in ${c.accountId} ${c.region}`);
    // Privileged builds run a Docker daemon with host access: a poisoned dependency can escape the build container.
    const privileged = projects.filter((p) => p.environment?.privilegedMode === true);
    if (!privileged.length) return pass(`None of the ${count(projects.length, "CodeBuild project")} in ${c.region} runs builds in privileged mode`, projects.map((p) => p.arn ?? ""));
    return fail(`${count(privileged.length, "CodeBuild project")} in ${c.accountId} ${c.region} ${privileged.length === 1 ? "runs" : "run"} builds in privileged mode: ${few(privileged.map((p) => p.name ?? ""))}`, privileged.map((p) => p.arn ?? ""));
  },
});
