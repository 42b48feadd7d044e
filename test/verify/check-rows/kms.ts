import type { KeyMetadata } from "@aws-sdk/client-kms";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { KmsKey } from "../../../src/verify/collect/data.js";
import type { RowFile } from "./row.js";

const arn = (id: string) => `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${id}`;
const key = (id: string, KeyManager: "CUSTOMER" | "AWS", rotationEnabled: boolean | null, KeyState: KeyMetadata["KeyState"] = "Enabled"): KmsKey => ({ metadata: { KeyId: id, Arn: arn(id), KeyManager, KeyState }, rotationEnabled });
const keys = (...list: KmsKey[]): FakeData => ({ kms: { keys: ok(list) } });

export default {
  rows: [
    { name: "a customer key", check: "kms.customer-keys", data: keys(key("aws-s3", "AWS", null), key("app", "CUSTOMER", true)), status: "pass", resources: [arn("app")] },
    { name: "only AWS managed and disabled keys", check: "kms.customer-keys", data: keys(key("aws-s3", "AWS", null), key("old", "CUSTOMER", null, "Disabled")), status: "fail", detail: /only with AWS managed keys/ },
    { name: "keys unreadable", check: "kms.customer-keys", data: { kms: { keys: denied("kms:ListKeys") } }, status: "unknown" },

    { name: "no rotatable keys", check: "kms.key-rotation", data: keys(key("aws-s3", "AWS", null)), status: "not-applicable" },
    { name: "rotating", check: "kms.key-rotation", data: keys(key("app", "CUSTOMER", true)), status: "pass", resources: [arn("app")] },
    { name: "not rotating", check: "kms.key-rotation", data: keys(key("app", "CUSTOMER", true), key("legacy", "CUSTOMER", false)), status: "fail", detail: /legacy/, resources: [arn("legacy")] },
    { name: "rotation unreadable", check: "kms.key-rotation", data: { kms: { keys: denied("kms:GetKeyRotationStatus", "error") } }, status: "error" },
  ],
  alwaysApplicable: { "kms.customer-keys": "the Region's key list is what is read: having no customer managed key is the finding, not an absence of scope" },
} satisfies RowFile;
