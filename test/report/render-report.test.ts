import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/render-report.js";
import { savedAssessmentSchema } from "../../src/report/saved.js";
import * as fx from "./fixtures/scenario.js";
import { fullInput, reportInput } from "./helpers.js";
import { markdownProblems } from "./markdownlint.js";

const GOLDEN = fileURLToPath(new URL("./golden/ASSESSMENT.md", import.meta.url));
const text = (tree: Map<string, string | Uint8Array>, path: string) => tree.get(path) as string;

describe("renderReport", () => {
  it("matches the golden ASSESSMENT.md (UPDATE_GOLDEN=1 rewrites it)", async () => {
    const md = text(renderReport(await fullInput()), "ASSESSMENT.md");
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, md);
    expect(md).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("opens both reports with the executive summary, and gives the HTML the Markdown's follow-ups and appendix", async () => {
    const answers = { ...fx.afterAnswers(), unsure: ["data.encryption"], notes: { "data.encryption": "ask the DBA team", network: "VPC review due" } };
    const tree = renderReport(await reportInput({ answers, evidence: fx.afterEvidence(), roadmap: fx.fixtureRoadmap() }));
    const md = text(tree, "ASSESSMENT.md");
    const html = text(tree, "assessment/report.html");
    expect(md.indexOf("## Executive summary")).toBeLessThan(md.indexOf("## Summary"));
    expect(html.indexOf('id="executive-summary"')).toBeLessThan(html.indexOf('id="summary"'));
    for (const page of [md, html]) {
      expect(page).toContain("Overall stage (CISA ZTMM v2.0)");
      expect(page).toContain("guardduty.enabled");
      expect(page).toMatch(/Target state after Phase 3/);
      expect(page).toContain("Cost: No charge");
      expect(page).toContain("ask the DBA team");
      expect(page).toContain("VPC review due");
      expect(page).toContain("not sure");
    }
    expect(html).toContain('id="follow-ups"');
    expect(html).toContain('id="appendix"');
    expect(html.match(/<p>Held at /g)).toHaveLength(7);
    expect(html.match(/<tr><td><code>[a-z-]+\.[a-z-]+<\/code><\/td>/g)).toHaveLength(Object.keys(answers.answers).length);
  });

  it("writes the three report files and is deterministic", async () => {
    const a = renderReport(await fullInput());
    const b = renderReport(await fullInput());
    expect([...a.keys()]).toEqual(["ASSESSMENT.md", "assessment/report.html", "assessment/assessment.json"]);
    for (const [path, content] of a) expect(b.get(path), path).toBe(content);
  });

  it.each([
    ["every section (evidence, roadmap, progress)", () => fullInput()],
    ["answers only", () => reportInput({ answers: fx.beforeAnswers() })],
    ["evidence without a roadmap", () => reportInput({ answers: fx.beforeAnswers(), evidence: fx.beforeEvidence() })],
    [
      "a hostile organization name and finding detail",
      () =>
        reportInput({
          answers: { ...fx.beforeAnswers(), organization: { ...fx.beforeAnswers().organization, name: 'Acme "Ops" <script>{{x}} # | * _ --- 1. [x](y)' } },
          evidence: fx.evidence("2026-03-02T10:00:00.000Z", [fx.finding("iam.root-mfa", "111111111111", "global", "fail", "- <b>bold</b> | 1. `tick` ``` ## not a heading")]),
        }),
    ],
  ])("ASSESSMENT.md passes markdownlint: %s", async (_name, make) => {
    const md = text(renderReport(await make()), "ASSESSMENT.md");
    expect(await markdownProblems(md)).toEqual([]);
  });

  it("shows the contradiction with its evidence, the next steps from the roadmap, and progress", async () => {
    const md = text(renderReport(await fullInput()), "ASSESSMENT.md");
    expect(md).toContain("> Contradicted (`monitoring.guardduty`): You answered \"In some accounts\";");
    expect(md).toContain("> Shown by `guardduty:ListDetectors`.");
    // Top ten of twelve roadmap steps, in phase order, with their files.
    expect(md).toContain("10. **Set up network firewall**. Phase 2 (Advanced, 6 months).");
    expect(md).not.toContain("eks pod identity");
    expect(md).toContain("Files: `terraform/break-glass-access/main.tf`");
    expect(md).toContain("## Progress since 2026-03-02");
    expect(md).toContain("Findings: 2 fixed, 1\nnew, 1 regressed, 1 still failing.");
  });

  it("without a roadmap recommends the lowest capabilities, core first", async () => {
    const md = text(renderReport(await reportInput({ answers: fx.beforeAnswers(), evidence: fx.beforeEvidence() })), "ASSESSMENT.md");
    const steps = md.split("## Recommended next steps")[1]!.split("## Pillar details")[0]!;
    const titles = [...steps.matchAll(/^\d+\. \*\*(.+?)\*\*/gm)].map((m) => m[1]);
    // Traditional core capabilities come before traditional non-core ones, then initial ones.
    expect(titles.slice(0, 4)).toEqual([
      "Raise Segmentation from traditional to initial",
      "Raise Threat detection from traditional to initial",
      "Raise Governance from traditional to initial",
      "Raise Risk assessment from traditional to initial",
    ]);
    expect(titles).toHaveLength(10);
    expect(steps).toContain("Phase: not planned yet");
  });

  it("escapes a hostile organization name in the HTML and the Markdown", async () => {
    const name = 'Acme "Ops" <script>{{x}}';
    const answers = { ...fx.beforeAnswers(), organization: { ...fx.beforeAnswers().organization, name } };
    const evidence = fx.evidence("2026-03-02T10:00:00.000Z", [fx.finding("iam.root-mfa", "111111111111", "global", "fail", '<img src=x onerror="alert(1)">')]);
    const tree = renderReport(await reportInput({ answers, evidence }));
    const html = text(tree, "assessment/report.html");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("Acme &quot;Ops&quot; &lt;script&gt;{{x}}");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    const md = text(tree, "ASSESSMENT.md");
    expect(md).toContain('# Zero Trust maturity assessment: Acme "Ops" \\<script\\>\\{\\{x\\}\\}');
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/m);
    // The JSON keeps the name exactly.
    expect(JSON.parse(text(tree, "assessment/assessment.json")).organization).toBe(name);
  });

  it("writes a self-contained HTML page: no scripts, external resources or network URLs to load", async () => {
    const html = text(renderReport(await fullInput()), "assessment/report.html");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("@media print");
    expect(html.match(/class="radar-axis"/g)).toHaveLength(7);
    expect(html).toContain('class="radar-answered"');
    expect(html).toContain('class="radar-effective"');
    expect(html.match(/class="bars-phase"/g)).toHaveLength(5);
  });

  it("saves assessment.json that reads back for compare", async () => {
    const json = JSON.parse(text(renderReport(await fullInput()), "assessment/assessment.json"));
    expect(savedAssessmentSchema.safeParse(json).success).toBe(true);
    expect(json.date).toBe("2026-09-01");
    expect(json.evidence.findings.map((f: { id: string; status: string }) => `${f.id}=${f.status}`)).toContain("guardduty.enabled/222222222222/eu-west-1=fail");
    expect(json.expected).toHaveLength(5);
  });
});

describe("the tool version in a generated repository", () => {
  it("is left out of the report files there (the manifest records it once), and kept in a standalone report", async () => {
    const { reportTree } = await import("../../src/cli/steps/write-report.js");
    const { toolVersion: _, ...input } = await fullInput();
    const asContext = (version: string) => ({ version }) as Parameters<typeof reportTree>[0];
    const [a, b] = await Promise.all(["0.1.0", "9.9.9"].map((v) => reportTree(asContext(v), { ...input, answers: { ...input.answers, assessedAt: input.date } } as never, "repository")));
    for (const [path, content] of b!) {
      expect(content, path).toEqual(a!.get(path));
      expect(String(content), path).not.toContain("9.9.9");
    }
    const standalone = await reportTree(asContext("9.9.9"), { ...input, answers: { ...input.answers, assessedAt: input.date } } as never);
    expect(text(standalone, "ASSESSMENT.md")).toContain("Generated by create-zero-trust 9.9.9");
    expect(savedAssessmentSchema.parse(JSON.parse(text(b!, "assessment/assessment.json"))).tool).toEqual({ name: "create-zero-trust" });
  });
});
