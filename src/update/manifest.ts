import { z } from "zod";

export const MANIFEST_SCHEMA_VERSION = 1;

const hash = z.string().regex(/^[0-9a-f]{64}$/, "expected a sha256 hex digest");

/**
 * contract: `.zero-trust/manifest.json`. `files` maps every generated path to the sha256 of what
 * the last update left on disk (`sha256`, null when you had deleted it) and of the stored base
 * copy (`base`), which lets a later update verify the base before merging against it.
 */
export const manifestSchema = z.strictObject({
  schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  modules: z.array(z.string()),
  files: z.record(z.string(), z.strictObject({ sha256: hash.nullable(), base: hash })),
  /** Files the last update left with conflict markers (or a `.new` file beside them). */
  conflicts: z.array(z.string()).default([]),
});

export type Manifest = z.output<typeof manifestSchema>;

/** Stable text: sorted keys and lists, so an update with nothing changed rewrites nothing. */
export function serializeManifest(m: Manifest): string {
  const files: Manifest["files"] = {};
  for (const path of Object.keys(m.files).sort()) files[path] = { sha256: m.files[path]!.sha256, base: m.files[path]!.base };
  const ordered = { schemaVersion: m.schemaVersion, tool: { name: m.tool.name, version: m.tool.version }, modules: [...m.modules].sort(), files, conflicts: [...m.conflicts].sort() };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export type ManifestRead = { manifest: Manifest } | { manifest?: undefined; problem: string };

export function parseManifest(text: string | undefined): ManifestRead {
  if (text === undefined) return { problem: "it is missing" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { problem: `it is not valid JSON (${(err as Error).message})` };
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { problem: `it does not match the manifest format (${issue.path.join(".") || "top level"}: ${issue.message})` };
  }
  return { manifest: parsed.data };
}
