// Bundles the CLI into dist/ with code splitting, so the AWS SDK and handlebars sit in chunks
// loaded only by the commands that need them (--help and the questionnaire stay light).
import { build } from "esbuild";
import { rm } from "node:fs/promises";

await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli/entry.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  chunkNames: "chunks/[name]-[hash]",
  // Some bundled CommonJS packages call require() for Node built-ins.
  banner: { js: "import { createRequire as __czt_cr } from 'node:module'; const require = __czt_cr(import.meta.url);" },
  logLevel: "warning",
});
