import { ACCOUNT, denied, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { RowFile } from "./row.js";

const ACL = `arn:aws:wafv2:eu-west-1:${ACCOUNT}:regional/webacl/edge/1`;

export default {
  rows: [
    { check: "wafv2.web-acls", name: "a web ACL", data: place({ wafv2: { webAcls: ok([{ Name: "edge", ARN: ACL }]) } }), status: "pass", resources: [ACL] },
    { check: "wafv2.web-acls", name: "an internet-facing load balancer and no web ACL", data: place(HOLDING.internetFacingLoadBalancer, { wafv2: { webAcls: ok([]) } }), status: "fail", detail: /not filtered/ },
    { check: "wafv2.web-acls", name: "only an internal load balancer", data: place(HOLDING.internalLoadBalancer, { wafv2: { webAcls: ok([]) } }), status: "not-applicable", detail: /API Gateway/ },
    { check: "wafv2.web-acls", name: "web ACLs unreadable", data: place({ wafv2: { webAcls: denied("wafv2:ListWebACLs") } }), status: "unknown" },
  ],
} satisfies RowFile;
