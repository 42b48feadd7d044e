// Bundles the CLI into dist/ with code splitting, so the AWS SDK and handlebars sit in chunks
// loaded only by the commands that need them (--help and the questionnaire stay light).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { isDeepStrictEqual } from "node:util";
import { parseDocument } from "yaml";

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

// The shipped YAML (questionnaires, checks, template manifests, the example) parsed once here:
// parsing it again at every start was most of a short command's run time. src/data-file.ts looks a
// file up by the hash of its content, so an edited or user-supplied file is always parsed afresh.

const parsed = {};
for (const folder of ["questionnaires", "checks", "templates", "examples"]) {
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const text = await readFile(`${entry.parentPath}/${entry.name}`, "utf8");
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length || doc.warnings.length) continue;
    const data = doc.toJS();
    // Only plain JSON data is kept: anything else is parsed at run time as before.
    if (isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data)) parsed[createHash("sha256").update(text).digest("hex")] = data;
  }
}
await writeFile(new URL("../dist/parsed-yaml.json", import.meta.url), JSON.stringify(parsed));
