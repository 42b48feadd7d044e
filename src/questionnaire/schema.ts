import { z } from "zod";
import { PILLAR_IDS } from "../model/pillars.js";
import { STAGES } from "../model/stages.js";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected lower-case letters, digits and dashes");
const questionId = z.string().regex(/^[a-z]+\.[a-z0-9][a-z0-9-]*$/, "expected <pillar>.<name>, e.g. identity.mfa");
const checkId = z.string().regex(/^[a-z0-9]+\.[a-z0-9][a-z0-9-]*$/, "expected <service>.<name>, e.g. iam.root-mfa");

/** A condition on another answer or on the organization profile; a question shows only if all its conditions hold. */
export const conditionSchema = z
  .strictObject({
    question: questionId.optional(),
    profile: z.enum(["identityProvider", "iac", "ci"]).optional(),
    in: z.array(z.string()).min(1).optional(),
    notIn: z.array(z.string()).min(1).optional(),
  })
  .refine((c) => (c.question ? !c.profile : !!c.profile), "expected exactly one of question or profile")
  .refine((c) => (c.in ? !c.notIn : !!c.notIn), "expected exactly one of in or notIn");

export const optionSchema = z.strictObject({
  value: slug,
  label: z.string().min(1),
  stage: z.enum(STAGES),
  hint: z.string().optional(),
});

/**
 * What one live check proves about a question: the options a pass is evidence for, and the options a
 * fail excludes. A check that can only say "no" (a failing guardrail) has `rulesOut` alone.
 */
export const evidenceLinkSchema = z
  .strictObject({
    check: checkId,
    supports: z.array(slug).default([]),
    rulesOut: z.array(slug).default([]),
  })
  .refine((l) => l.supports.length + l.rulesOut.length > 0, "expected supports or rulesOut (the options a pass supports, the options a fail rules out)");

export const questionSchema = z.strictObject({
  id: questionId,
  capability: slug,
  prompt: z.string().min(1),
  help: z.string().min(1),
  options: z.array(optionSchema).min(2),
  default: slug,
  when: z.array(conditionSchema).default([]),
  evidence: z.array(evidenceLinkSchema).default([]),
});

export const capabilitySchema = z.strictObject({
  id: slug,
  title: z.string().min(1),
  /** The CISA ZTMM v2.0 function this capability stands for. */
  cisa: z.string().min(1),
  /** Core capabilities set the pillar's weakest-link floor; the others only move its finer level. */
  core: z.boolean(),
  description: z.string().min(1),
});

export const pillarFileSchema = z.strictObject({
  pillar: z.enum(PILLAR_IDS),
  title: z.string().min(1),
  principle: z.string().min(1),
  /** AWS services and patterns this pillar is about, as the framework names them. */
  services: z.array(z.string()).min(1),
  capabilities: z.array(capabilitySchema).min(1),
  questions: z.array(questionSchema).min(1),
});

export type EvidenceLink = z.output<typeof evidenceLinkSchema>;
export type Condition = z.output<typeof conditionSchema>;
export type QuestionOption = z.output<typeof optionSchema>;
export type PillarFile = z.output<typeof pillarFileSchema>;
