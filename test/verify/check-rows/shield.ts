import { ACCOUNT, denied, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const SUBSCRIPTION = `arn:aws:shield::${ACCOUNT}:subscription/1`;
const opts = { region: "global" };

export default {
  rows: [
    { check: "shield.advanced", name: "active subscription", data: { shield: { subscription: ok({ SubscriptionArn: SUBSCRIPTION, TimeCommitmentInSeconds: 31536000 } as never) } }, opts, status: "pass", resources: [SUBSCRIPTION] },
    { check: "shield.advanced", name: "subscription ended", data: { shield: { subscription: ok({ SubscriptionArn: SUBSCRIPTION, EndTime: new Date("2025-01-01T00:00:00Z") } as never) } }, opts, status: "fail", detail: /Shield Standard only/ },
    { check: "shield.advanced", name: "never subscribed", data: { shield: { subscription: ok(null) } }, opts, status: "fail" },
    { check: "shield.advanced", name: "subscription unreadable", data: { shield: { subscription: denied("shield:DescribeSubscription") } }, opts, status: "unknown" },
  ],
  alwaysApplicable: { "shield.advanced": "every account has a Shield subscription state: Standard or Advanced" },
} satisfies RowFile;
