import { z } from "zod";

const ouKey = z.string().regex(/^[a-z][a-z_]*$/, "expected an OU key such as workloads_prod");
const actionList = z.union([z.string(), z.array(z.string()).min(1)]);

export const scpStatementSchema = z.strictObject({
  sid: z.string().regex(/^[A-Za-z0-9]+$/, "expected a Sid of letters and digits"),
  title: z.string().min(1),
  /** `federated`: only when the organization federates (identityProvider is not none). */
  when: z.enum(["federated"]).optional(),
  ous: z.array(ouKey).min(1).optional(),
  statement: z
    .strictObject({
      Effect: z.literal("Deny", { error: "guardrail statements deny; expected Effect: Deny" }),
      Action: actionList.optional(),
      NotAction: actionList.optional(),
      Resource: z.union([z.string(), z.array(z.string()).min(1)]),
      Condition: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.array(z.string())]))).optional(),
    })
    .refine((s) => !!s.Action !== !!s.NotAction, "expected exactly one of Action or NotAction"),
});

export const scpDataSchema = z.strictObject({
  principals: z.strictObject({
    breakGlass: z.string().regex(/^[A-Za-z0-9+=,.@_-]+$/),
    pipeline: z.string().regex(/^[A-Za-z0-9+=,.@_-]+$/),
  }),
  ous: z.array(z.strictObject({ key: ouKey, title: z.string().min(1), description: z.string().min(1) })).min(1),
  statements: z.array(scpStatementSchema).min(1),
});

export type ScpData = z.output<typeof scpDataSchema>;
export type ScpStatementEntry = z.output<typeof scpStatementSchema>;
