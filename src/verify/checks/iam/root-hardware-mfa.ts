import { defineCheck, fail, pass } from "../define.js";
import { isTrue, rootRow } from "./credential-report.js";

/**
 * The root user's MFA should be a security key or hardware device: a virtual (TOTP app) device is
 * phishable and lives on a phone. IAM lists the root's virtual device among the account's virtual MFA devices.
 */
export default defineCheck({
  id: "iam.root-hardware-mfa",
  scope: "account",
  async run(c) {
    const root = rootRow(c.need((await c.data("iam")).credentialReport));
    if (!root) return { status: "unknown", detail: "The credential report has no root user row, so the root user's MFA cannot be read" };
    const arn = root.arn ?? `arn:aws:iam::${c.accountId}:root`;
    if (!isTrue(root.mfa_active)) return fail(`The root user of ${c.accountId} has no MFA device at all`, [arn]);
    const virtual = c.need((await c.data("iamVirtualMfa")).devices).filter((d) => d.user === arn);
    if (virtual.length) return fail(`The root user of ${c.accountId} uses a virtual MFA device (${virtual[0]!.serial}), not a security key or hardware device`, [arn]);
    return pass(`The root user of ${c.accountId} has MFA that is not a virtual device (a security key or hardware token)`, [arn]);
  },
});
