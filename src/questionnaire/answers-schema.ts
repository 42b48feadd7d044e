import { z } from "zod";
import { CI_SYSTEMS, IAC_FLAVORS, IDENTITY_PROVIDERS, REGION_PATTERN } from "../model/profile.js";
import { forbiddenChar, forbiddenCharMessage } from "../text/free-text.js";

export const ANSWERS_SCHEMA_VERSION = 1;

/**
 * Free text a person typed; control characters are refused (see text/free-text.ts). Kept in
 * Unicode's composed form (NFC): Terraform reads every string so, and the other outputs must agree.
 */
const freeText = (multiLine: boolean) =>
  z.string().normalize("NFC").superRefine((v, ctx) => {
    const code = forbiddenChar(v, multiLine);
    if (code) ctx.addIssue({ code: "custom", message: forbiddenCharMessage(code) });
  });

const region = z.string().regex(REGION_PATTERN, "expected an AWS region name such as eu-west-1");

/**
 * The answers file as written: every field optional, because an interrupted wizard saves a
 * partial file that a later run resumes. Completeness is checked separately (see missingAnswers).
 */
export const answersFileSchema = z.strictObject({
  schemaVersion: z.literal(ANSWERS_SCHEMA_VERSION, { error: `expected schemaVersion ${ANSWERS_SCHEMA_VERSION}` }),
  organization: z
    .strictObject({
      name: freeText(false).trim().min(1, "expected a non-empty name").max(256).optional(),
      regions: z.array(region).min(1, "expected at least one region").optional(),
      homeRegion: region.optional(),
      identityProvider: z.enum(IDENTITY_PROVIDERS).optional(),
      iac: z.enum(IAC_FLAVORS).optional(),
      ci: z.enum(CI_SYSTEMS).optional(),
    })
    .default({}),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).default({}),
  /**
   * Workshop notes, keyed by question id (a note on that answer) or pillar id (a note on the
   * pillar); kept across saves and shown in the report. Comments typed into the file are not
   * kept (YAML writers drop them), so notes live here.
   */
  notes: z.record(z.string(), freeText(true).trim().min(1, "expected the note's text").max(4000)).optional(),
  /** Questions answered "not sure": scored at their lowest option, never verified, listed as follow-ups. */
  unsure: z.array(z.string()).optional(),
  /** Questions answered by `--yes` with their documented default, not by a person; the report marks them. */
  defaulted: z.array(z.string()).optional(),
  /** The day the answers were last completed or changed (YYYY-MM-DD): the date reports show, kept stable across re-runs. */
  assessedAt: z.iso.date({ error: "expected a date YYYY-MM-DD" }).optional(),
});

export type AnswersFile = z.output<typeof answersFileSchema>;
export type PartialProfile = AnswersFile["organization"];
