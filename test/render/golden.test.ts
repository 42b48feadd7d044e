import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentBytes } from "../../src/render/tree.js";
import { buildFor, evidenceWith, failing, org, profileInput, renderProfile, type Profile } from "../helpers/render-profiles.js";

/**
 * Golden trees: every path with its size and SHA-256, for two profiles, so any template change shows
 * up as a reviewed diff. Regenerate with UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts
 */
const GOLDEN = join(import.meta.dirname, "__golden__");
const PROFILES: Profile[] = [
  {
    name: "mixed-terraform-github",
    org: org(),
    stage: (c) => (c.startsWith("identity.") || c.startsWith("data.") ? "traditional" : c.startsWith("monitoring.") ? "advanced" : "initial"),
    evidence: evidenceWith([failing("kms.key-rotation", "high"), failing("s3.account-public-access-block", "critical")]),
    assessedAt: "2026-01-15",
  },
  {
    name: "traditional-cloudformation-codepipeline",
    org: org({ iac: "cloudformation", ci: "codepipeline", identityProvider: "none", regions: ["us-east-1", "us-west-2"], homeRegion: "us-east-1" }),
    stage: "traditional",
  },
];

describe("golden trees", () => {
  for (const p of PROFILES) {
    it(p.name, async () => {
      const { tree } = await renderProfile(p);
      const actual: Record<string, string> = {};
      for (const [path, c] of tree) {
        const bytes = contentBytes(c);
        actual[path] = `${bytes.length} ${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}`;
      }
      const file = join(GOLDEN, `${p.name}.json`);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
        await mkdir(GOLDEN, { recursive: true });
        await writeFile(file, `${JSON.stringify(actual, null, 2)}\n`);
        if (!process.env.UPDATE_GOLDEN) throw new Error(`${file} did not exist and was written; re-run to compare`);
      }
      const expected = JSON.parse(await readFile(file, "utf8")) as Record<string, string>;
      const changed = [...new Set([...Object.keys(expected), ...Object.keys(actual)])]
        .sort()
        .filter((k) => expected[k] !== actual[k])
        .map((k) => `${k}: ${expected[k] ?? "(new)"} -> ${actual[k] ?? "(removed)"}`);
      expect(changed, "tree differs from the golden file (UPDATE_GOLDEN=1 to accept)").toEqual([]);
    });
  }
});

it.each(PROFILES)("a new tool version alone changes no rendered file ($name)", async (profile) => {
  const input = await profileInput(profile);
  const [a, b] = [(await buildFor(input, "0.1.0")).tree, (await buildFor(input, "9.9.9")).tree];
  const changed = [...a.keys()].filter((path) => Buffer.compare(contentBytes(a.get(path)!), contentBytes(b.get(path)!)) !== 0);
  // The writer records the version in .zero-trust/manifest.json; no rendered file holds it (pipelines read it from there).
  expect(changed).toEqual([]);
  expect([...b.values()].filter((c) => contentBytes(c).toString("utf8").includes("9.9.9"))).toEqual([]);
});
