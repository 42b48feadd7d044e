import { readFileSync } from "node:fs";
import { appendFile, cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/render-profiles.js";
import { runCli } from "../helpers/run-cli.js";

describe("the pipeline stages", () => {
  it("report plans the roadmap without rendering a template; create renders and so meets the broken one", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "czt-pipeline-"));
    const templates = join(cwd, "templates");
    await cp(join(ROOT, "templates"), templates, { recursive: true });
    // A raw interpolation is refused when the template is compiled: only a render would notice it.
    await appendFile(join(templates, "access-analyzer", "runbook.md.hbs"), "\n{{org.name}}\n");
    const answers = join(ROOT, "examples", "acme.yaml");

    const report = await runCli(["report", "--answers", answers, "--output", "out", "--templates", templates], { cwd });
    expect(report.code, report.stderr).toBe(0);
    const md = readFileSync(join(cwd, "out", "ASSESSMENT.md"), "utf8");
    expect(md).toContain("The first steps of the roadmap");
    expect(md).toContain("IAM Access Analyzer");

    const create = await runCli(["repo", "--answers", answers, "--dry-run", "--templates", templates], { cwd });
    expect(create.code).toBe(1);
    expect(create.stderr).toMatch(/access-analyzer\/runbook\.md\.hbs:\d+:\d+: \{\{org\.name\}\}: raw interpolation is not allowed/);
  });
});
