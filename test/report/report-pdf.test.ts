import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const EXAMPLE = fileURLToPath(new URL("../../examples/acme.yaml", import.meta.url));
const ci = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
const tools = ["/usr/bin/chromium", "/usr/bin/pdftotext", "/usr/bin/pdfinfo"];
const available = tools.every(existsSync);

if (!available && !ci) console.warn(`[pdf test] skipped: one of ${tools.join(", ")} is missing (apt-get install chromium poppler-utils; .ci/run installs them).`);

describe("report --pdf", () => {
  it.skipIf(!available && !ci)("prints the report with Chromium: the executive summary first, every pillar and the appendix", async () => {
    expect(tools.filter((t) => !existsSync(t)), "CI must install chromium and poppler-utils (see .ci/run)").toEqual([]);
    const dir = await mkdtemp(join(tmpdir(), "czt-report-pdf-"));
    const { code, stdout, stderr } = await runCli(["report", "--answers", EXAMPLE, "--pdf"], { cwd: dir, env: { PATH: process.env.PATH } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("PDF: assessment/report.pdf");
    const pdf = join(dir, "assessment", "report.pdf");
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    // Words only: the layout wraps long headings.
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(text.indexOf("Executive summary")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("Executive summary")).toBeLessThan(text.indexOf("Pillar details"));
    for (const heading of ["Zero Trust maturity assessment: Acme Corp", "Identity & Access Control", "Automation & Governance", "Appendix: every answer"]) expect(text).toContain(heading);
  });

  it("says in one line that Chromium is needed when none is found", async () => {
    const dir = await mkdtemp(join(tmpdir(), "czt-report-nopdf-"));
    const { code, stderr } = await runCli(["report", "--answers", EXAMPLE, "--pdf"], { cwd: dir, env: { PATH: dir } });
    expect(code).not.toBe(0);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("needs Chromium or Google Chrome on this machine");
  });
});
