import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { loadModules } from "../src/render/load-modules.js";
import { buildRepository } from "../src/pipeline/build.js";
import { contentBytes, type FileTree } from "../src/render/tree.js";
import { PROFILES, TEMPLATES, TOOL_VERSION, profileInput } from "../test/helpers/render-profiles.js";

export type RenderBench = {
  profile: string;
  files: number;
  bytes: number;
  /** Whole render including loading the templates (cold: first run in this process). */
  coldRenderMs: number;
  /** Median of warm runs: load templates from disk, select, plan, render (handlebars already imported). */
  renderMs: number;
  /** Median time to fs.cp the same files (already on disk) to a fresh folder. */
  copyMs: number;
  /** renderMs / copyMs; the goal is at most 3. */
  ratio: number;
  runs: number;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bytesOf = (tree: FileTree) => [...tree.values()].reduce((n, c) => n + contentBytes(c).length, 0);

/** Renders the largest test profile and copies the same files, in the same run, for comparison. */
export async function benchRender(runs = 9): Promise<RenderBench> {
  const inputs = await Promise.all(PROFILES.map(async (p) => ({ p, input: await profileInput(p) })));
  const render = async (i: (typeof inputs)[number]) => buildRepository({ ...i.input, templatesDir: TEMPLATES, toolVersion: TOOL_VERSION });

  let t = performance.now();
  let largest = { i: inputs[0]!, tree: (await render(inputs[0]!)).tree };
  const coldRenderMs = performance.now() - t;
  for (const i of inputs.slice(1)) {
    const { tree } = await render(i);
    if (bytesOf(tree) > bytesOf(largest.tree)) largest = { i, tree };
  }

  const renderTimes: number[] = [];
  for (let n = 0; n < runs; n++) {
    t = performance.now();
    await render(largest.i);
    renderTimes.push(performance.now() - t);
  }

  const root = await mkdtemp(join(tmpdir(), "czt-bench-"));
  try {
    const source = join(root, "source");
    for (const [path, c] of largest.tree) {
      await mkdir(dirname(join(source, path)), { recursive: true });
      await writeFile(join(source, path), contentBytes(c));
    }
    const copyTimes: number[] = [];
    for (let n = 0; n < runs; n++) {
      t = performance.now();
      await cp(source, join(root, `copy-${n}`), { recursive: true });
      copyTimes.push(performance.now() - t);
    }
    const renderMs = median(renderTimes);
    const copyMs = median(copyTimes);
    return {
      profile: largest.i.p.name,
      files: largest.tree.size,
      bytes: bytesOf(largest.tree),
      coldRenderMs: Math.round(coldRenderMs * 10) / 10,
      renderMs: Math.round(renderMs * 10) / 10,
      copyMs: Math.round(copyMs * 10) / 10,
      ratio: Math.round((renderMs / copyMs) * 100) / 100,
      runs,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// `npx tsx bench/render.ts` prints the figures.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await loadModules(TEMPLATES); // fail early with a readable error if the templates are broken
  console.log(JSON.stringify(await benchRender(), null, 2));
}
