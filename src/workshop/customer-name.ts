import { createHash } from "node:crypto";
import { UserError } from "../errors.js";
import { forbiddenChar, forbiddenCharMessage } from "../text/free-text.js";

const MAX_NAME = 120;
const MAX_SLUG = 60;

/** Checks a customer's display name; it may hold any printable text (it is only ever rendered escaped). */
export function validateCustomerName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new UserError("--customer: expected a customer name, e.g. --customer \"Acme Corp\"");
  if (trimmed.length > MAX_NAME) throw new UserError(`--customer: the name is ${trimmed.length} characters long; expected at most ${MAX_NAME}`);
  const code = forbiddenChar(trimmed);
  if (code) throw new UserError(`--customer: the name ${forbiddenCharMessage(code)}`);
  return trimmed;
}

/**
 * The folder name for a customer: lower-case ASCII letters, digits and dashes, so it is safe on
 * every file system. "Acme Corp" and "ACME corp." share a folder (the same customer spelt twice);
 * a name with no ASCII letters or digits (e.g. 株式会社) gets a stable hash-based name.
 */
export function customerSlug(name: string): string {
  const base = validateCustomerName(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, "");
  return base || `customer-${createHash("sha256").update(name.trim()).digest("hex").slice(0, 8)}`;
}
