import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { UserError } from "../errors.js";

const run = promisify(execFile);

// Chromium is spawned rather than driven through playwright-core: the published CLI is one bundle
// without dependencies, and Chromium's own --print-to-pdf needs none.
const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
const MAC = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pdf-header-footer"];

/** The browser to print with: CZT_CHROMIUM, else the first Chromium or Chrome on PATH. */
export function findChromium(env: NodeJS.ProcessEnv): string | undefined {
  if (env.CZT_CHROMIUM) return existsSync(env.CZT_CHROMIUM) ? env.CZT_CHROMIUM : undefined;
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of NAMES) for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return existsSync(MAC) ? MAC : undefined;
}

/** Prints report.html to a PDF next to it with a local Chromium; the HTML's print styles lay it out. */
export async function exportPdf(htmlFile: string, pdfFile: string, env: NodeJS.ProcessEnv): Promise<void> {
  const browser = findChromium(env);
  if (!browser) throw new UserError("report --pdf needs Chromium or Google Chrome on this machine (e.g. apt-get install chromium), or CZT_CHROMIUM=/path/to/it");
  await run(browser, [...FLAGS, `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href], { timeout: 120_000 });
  if (!existsSync(pdfFile)) throw new UserError(`${browser} did not write ${pdfFile}`);
}

/** Opens a file with the desktop's default application, without waiting for it. */
export function openFile(file: string, platform: NodeJS.Platform = process.platform): void {
  const [cmd, args] = platform === "darwin" ? ["open", [file]] : platform === "win32" ? ["cmd", ["/c", "start", "", file]] : ["xdg-open", [file]];
  execFile(cmd, args as string[], () => {}).unref();
}
