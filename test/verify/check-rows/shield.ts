import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { RowFile } from "./row.js";

const SUBSCRIPTION = `arn:aws:shield::${ACCOUNT}:subscription/1`;
const opts = { region: "global", regions: ["eu-west-1", "eu-central-1"] };
/** An account with an internet-facing load balancer in eu-west-1 and nothing in eu-central-1 (served the same data, here empty lists). */
const exposed = (shield: FakeData["shield"]): FakeData => place(HOLDING.internetFacingLoadBalancer, { cloudfront: { distributions: ok([]) }, shield });

export default {
  rows: [
    { check: "shield.advanced", name: "active subscription", data: exposed({ subscription: ok({ SubscriptionArn: SUBSCRIPTION, TimeCommitmentInSeconds: 31536000 } as never) }), opts, status: "pass", resources: [SUBSCRIPTION] },
    { check: "shield.advanced", name: "subscription ended", data: exposed({ subscription: ok({ SubscriptionArn: SUBSCRIPTION, EndTime: new Date("2025-01-01T00:00:00Z") } as never) }), opts, status: "fail", detail: /Shield Standard only/ },
    { check: "shield.advanced", name: "never subscribed, a CloudFront distribution", data: place({ cloudfront: { distributions: ok([{ Id: "E1" } as never]) }, shield: { subscription: ok(null) } }), opts, status: "fail" },
    { check: "shield.advanced", name: "never subscribed, nothing public", data: place({ cloudfront: { distributions: ok([]) }, shield: { subscription: ok(null) } }), opts, status: "not-applicable", detail: /eu-west-1, eu-central-1: nothing the scan reads/ },
    { check: "shield.advanced", name: "subscription unreadable", data: exposed({ subscription: denied("shield:DescribeSubscription") }), opts, status: "unknown" },
  ],
} satisfies RowFile;
