import type { CredentialRow } from "../../collect/iam.js";

export const ROOT_USER = "<root_account>";

/** The credential report's root row; undefined when the endpoint's report has none (moto omits it). */
export const rootRow = (rows: CredentialRow[]) => rows.find((r) => r.user === ROOT_USER);

export const isTrue = (v: string | undefined) => v === "true";

/** Report dates are ISO timestamps, or N/A / no_information / not_supported. */
export function reportDate(v: string | undefined): Date | undefined {
  if (!v || !/^\d{4}-/.test(v)) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export const daysBetween = (a: Date, b: Date) => Math.floor((b.getTime() - a.getTime()) / 86_400_000);
