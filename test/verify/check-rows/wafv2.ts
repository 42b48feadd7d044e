import { ACCOUNT, denied, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const ACL = `arn:aws:wafv2:eu-west-1:${ACCOUNT}:regional/webacl/edge/1`;

export default {
  rows: [
    { check: "wafv2.web-acls", name: "a web ACL", data: { wafv2: { webAcls: ok([{ Name: "edge", ARN: ACL }]) } }, status: "pass", resources: [ACL] },
    { check: "wafv2.web-acls", name: "no web ACL", data: { wafv2: { webAcls: ok([]) } }, status: "fail", detail: /not filtered/ },
    { check: "wafv2.web-acls", name: "web ACLs unreadable", data: { wafv2: { webAcls: denied("wafv2:ListWebACLs") } }, status: "unknown" },
  ],
  alwaysApplicable: { "wafv2.web-acls": "asks whether any web ACL filters the region's endpoints; none is the finding" },
} satisfies RowFile;
