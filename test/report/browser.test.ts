import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/render-report.js";
import { fullInput } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const ci = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";
const available = existsSync(CHROMIUM);

if (!available && !ci) console.warn(`[browser test] skipped: ${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it).`);

describe.skipIf(!available && !ci)("report.html in a real browser (Debian chromium)", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!available) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package (see .ci/run) for the report's browser test.`);
    dir = await mkdtemp(join(tmpdir(), "czt-report-html-"));
    for (const [path, content] of renderReport(await fullInput())) {
      await mkdir(join(dir, path, ".."), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => browser?.close());

  it("loads from disk with no console errors and no requests but the file itself, and draws a seven-axis radar", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    const url = pathToFileURL(join(dir, "assessment", "report.html")).href;
    await page.goto(url, { waitUntil: "load" });

    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await expect(page.title()).resolves.toBe("Zero Trust maturity assessment: Acme Corp");

    const axes = page.locator("svg.radar .radar-axis");
    expect(await axes.count()).toBe(7);
    // Every axis is drawn (non-zero length) and labelled with its pillar.
    for (const box of await Promise.all((await axes.all()).map((a) => a.boundingBox()))) expect(Math.max(box!.width, box!.height)).toBeGreaterThan(50);
    expect(await page.locator("svg.radar .radar-label").allTextContents()).toEqual(["Identity", "Devices", "Network", "Workloads", "Data", "Monitoring", "Automation"]);
    for (const shape of ["radar-answered", "radar-effective"]) expect((await page.locator(`svg.radar .${shape}`).getAttribute("points"))!.split(" ")).toHaveLength(7);
    expect(await page.locator("svg.bars .bars-phase").count()).toBe(5);

    const shot = join(dir, "report.png");
    await page.screenshot({ path: shot, fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: join(dir, "report-print.png"), fullPage: true });
    expect(existsSync(shot)).toBe(true);
    console.info(`[browser test] screenshots in ${dir}`);
  });
});
