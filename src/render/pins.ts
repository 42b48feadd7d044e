import { z } from "zod";
import { parseSource, validateSource } from "../data-file.js";

const action = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+(\/[\w.-]+)*$/, "owner/name of a GitHub action"),
  version: z.string().min(1),
  sha: z.string().regex(/^[0-9a-f]{40}$/, "a full 40-character commit SHA"),
});
const tool = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "an exact version (x.y.z)"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "the SHA-256 of the downloaded file").optional(),
});
const pinsSchema = z.strictObject({ actions: z.record(z.string(), action), tools: z.record(z.string(), tool) });

export type Pins = z.output<typeof pinsSchema> & { actions: Record<string, { uses: string }> };

/** The pipelines' pin table (templates/pipelines/pins.yaml); each action gains `uses` (owner/name@sha). */
export function parsePins(file: string, text: string): Pins {
  const pins = validateSource(parseSource(file, text), pinsSchema, "pin table");
  const actions = Object.fromEntries(Object.entries(pins.actions).map(([k, a]) => [k, { ...a, uses: `${a.repo}@${a.sha}` }]));
  return { ...pins, actions };
}
