import { z } from "zod";
import { readSource, validateSource } from "../data-file.js";
import type { Evidence } from "../model/evidence.js";
import { PILLAR_IDS } from "../model/pillars.js";
import { forbiddenCharMessage, forbiddenCharsIn } from "../text/free-text.js";

const finding = z.strictObject({
  id: z.string().min(1),
  checkId: z.string().min(1),
  pillar: z.enum(PILLAR_IDS),
  capability: z.string().min(1),
  severity: z.enum(["critical", "high", "medium", "low", "informational"]),
  accountId: z.string().min(1),
  region: z.string().min(1),
  status: z.enum(["pass", "fail", "not-applicable", "unknown", "error"]),
  resources: z.array(z.string()),
  detail: z.string(),
  calls: z.array(z.string()),
  remediation: z.strictObject({ module: z.string().optional(), doc: z.string(), text: z.string() }),
});

/** The evidence file written by `verify --output` / `--json`: read back by `assess --evidence` and `verify merge`. */
export const evidenceSchema = z.strictObject({
  schemaVersion: z.literal(1, { error: "expected schemaVersion 1 (evidence written by create-zero-trust verify)" }),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  generatedAt: z.iso.datetime({ error: "expected an ISO date-time" }),
  caller: z.strictObject({ accountId: z.string(), arn: z.string() }),
  organization: z.strictObject({ id: z.string(), managementAccountId: z.string() }).nullable(),
  regions: z.array(z.string()),
  accounts: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      ou: z.string().optional(),
      status: z.enum(["scanned", "failed", "skipped"]),
      error: z.string().optional(),
    }),
  ),
  findings: z.array(finding),
  shard: z.strictObject({ index: z.int().min(1), count: z.int().min(1) }).optional(),
  incomplete: z.array(z.string()).optional(),
})
  // Evidence text reaches the report and the terminal: the free-text rule holds for every string (details may span lines).
  .superRefine((data, ctx) => {
    for (const { path, code } of forbiddenCharsIn(data, true)) ctx.addIssue({ code: "custom", path, message: forbiddenCharMessage(code) });
  }) satisfies z.ZodType<Evidence>;

/** Reads and validates an evidence file; errors name the file, the line and the path inside it. */
export async function readEvidenceFile(path: string): Promise<Evidence> {
  const source = await readSource(path, "evidence file");
  return validateSource(source, evidenceSchema, "evidence file") as Evidence;
}
