import type { KeyMetadata } from "@aws-sdk/client-kms";
import type { KmsKey } from "../../../src/verify/collect/data.js";
import { parsePolicy } from "../../../src/verify/policy.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (id: string) => `arn:aws:kms:eu-west-1:${ACCOUNT}:key/${id}`;
const root = { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" };
const key = (id: string, extra: Partial<KmsKey> = {}, meta: Partial<KeyMetadata> = {}): KmsKey => ({ metadata: { KeyId: id, Arn: arn(id), KeyManager: "CUSTOMER", KeyState: "Enabled", ...meta } as KeyMetadata, rotationEnabled: true, policy: parsePolicy(JSON.stringify({ Statement: [root] })), ...extra });
const awsManaged = key("aws", { rotationEnabled: null, policy: [] }, { KeyManager: "AWS" });
const kms = (...keys: KmsKey[]): FakeData => ({ kms: { keys: ok(keys) } });
const unreadable: FakeData = { kms: { keys: denied("kms:ListKeys") } };
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

export default {
  rows: [
    row("kms.customer-keys", "an enabled customer key", kms(key("k1"), awsManaged), "pass", [arn("k1")]),
    row("kms.customer-keys", "AWS managed keys only", place(HOLDING.volume, kms(awsManaged)), "fail", [], /AWS managed keys/),
    row("kms.customer-keys", "AWS managed keys only and no data", place(kms(awsManaged)), "not-applicable", [], /no data/),
    row("kms.customer-keys", "a customer key in a central key account without data", place(kms(key("k1"))), "pass", [arn("k1")]),
    row("kms.customer-keys", "keys unreadable", unreadable, "unknown"),
    row("kms.key-rotation", "rotating", kms(key("k1"), awsManaged), "pass", [arn("k1")]),
    row("kms.key-rotation", "a key that does not rotate", kms(key("k1"), key("k2", { rotationEnabled: false })), "fail", [arn("k2")], /k2/),
    row("kms.key-rotation", "no rotatable keys", kms(awsManaged), "not-applicable"),
    row("kms.key-rotation", "keys unreadable", unreadable, "unknown"),
    row("kms.public-keys", "account-only key policy", kms(key("k1"), awsManaged), "pass", [arn("k1")]),
    row("kms.public-keys", "a key anyone may use", kms(key("k1"), key("open", { policy: parsePolicy(JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" }] })) })), "fail", [arn("open")], /open/),
    row("kms.public-keys", "Principal * narrowed to the account is not public", kms(key("k1", { policy: parsePolicy(JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "kms:Decrypt", Resource: "*", Condition: { StringEquals: { "aws:PrincipalAccount": ACCOUNT } } }] })) })), "pass"),
    row("kms.public-keys", "no customer keys", kms(awsManaged), "not-applicable"),
    row("kms.public-keys", "key policies unreadable", { kms: { keys: denied("kms:GetKeyPolicy", "error") } }, "error"),
  ],
} satisfies RowFile;
