import { select, type Files, type ValidatorResult } from "./types.js";

type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Promise<Mermaid> | undefined;

/** Mermaid needs a DOM to load: give it jsdom's, once, then import it. */
async function loadMermaid(): Promise<Mermaid> {
  // jsdom ships no type declarations; the one constructor used here is typed by hand.
  const jsdom = "jsdom";
  const { JSDOM } = (await import(jsdom)) as { JSDOM: new (html: string, o: object) => { window: object } };
  const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  for (const key of ["window", "document", "DOMParser", "Element", "HTMLElement", "SVGElement", "Node", "navigator"])
    if (g[key] === undefined) Object.defineProperty(globalThis, key, { value: (dom.window as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
  const mod = (await import("mermaid")) as unknown as { default: Mermaid & { initialize(o: object): void } };
  mod.default.initialize({ startOnLoad: false });
  return mod.default;
}

export const mermaidBlocks = (text: string): { line: number; code: string }[] => {
  const out: { line: number; code: string }[] = [];
  const re = /^```mermaid\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ line: text.slice(0, m.index).split("\n").length, code: m[1]! });
  return out;
};

/** Every ```mermaid block in Markdown files parses with mermaid.parse. */
export async function mermaidParse(files: Files): Promise<ValidatorResult> {
  const blocks = select(files, (p) => p.endsWith(".md")).flatMap(([path, text]) => mermaidBlocks(text).map((b) => ({ path, ...b })));
  if (!blocks.length) return { tool: "mermaid", checked: 0, problems: [] };
  const m = await (mermaid ??= loadMermaid());
  const problems: ValidatorResult["problems"] = [];
  for (const b of blocks) {
    try {
      await m.parse(b.code);
    } catch (err) {
      problems.push({ tool: "mermaid", path: b.path, line: b.line, message: String((err as Error).message ?? err).split("\n").slice(0, 4).join(" ") });
    }
  }
  return { tool: "mermaid", checked: blocks.length, problems };
}
