import { ACCOUNT, denied, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

export default {
  rows: [
    { name: "enabled", check: "macie.enabled", data: { macie2: { status: ok("ENABLED") } }, status: "pass", resources: [`arn:aws:macie2:eu-west-1:${ACCOUNT}:session`] },
    { name: "paused", check: "macie.enabled", data: { macie2: { status: ok("PAUSED") } }, status: "fail", detail: /paused/ },
    { name: "not enabled", check: "macie.enabled", data: { macie2: { status: ok("DISABLED") } }, status: "fail", detail: /disabled/ },
    { name: "session unreadable", check: "macie.enabled", data: { macie2: { status: denied("macie2:GetMacieSession") } }, status: "unknown" },
  ],
  alwaysApplicable: { "macie.enabled": "every account and Region has a Macie status, enabled or not" },
} satisfies RowFile;
