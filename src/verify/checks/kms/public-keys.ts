import { isPublicStatement } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "kms.public-keys",
  scope: "region",
  async run(c) {
    const keys = c.need((await c.data("kms", c.region)).keys).filter((k) => k.metadata.KeyManager === "CUSTOMER" && k.metadata.KeyState !== "PendingDeletion");
    if (!keys.length) return notApplicable(`No customer managed KMS keys in ${c.accountId} ${c.region}`);
    const open = keys.filter((k) => k.policy.some(isPublicStatement));
    if (!open.length) return pass(`None of the ${count(keys.length, "customer managed KMS key")} in ${c.region} has a key policy open to any principal`, keys.map((k) => k.metadata.Arn ?? ""));
    return fail(`${count(open.length, "KMS key")} in ${c.accountId} ${c.region} ${open.length === 1 ? "has a key policy" : "have key policies"} open to any principal: ${few(open.map((k) => k.metadata.KeyId ?? ""))}`, open.map((k) => k.metadata.Arn ?? ""));
  },
});
