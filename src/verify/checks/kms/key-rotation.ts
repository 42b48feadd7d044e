import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "kms.key-rotation",
  scope: "region",
  async run(c) {
    const keys = c.need((await c.data("kms", c.region)).keys).filter((k) => k.rotationEnabled !== null);
    const unrotated = keys.filter((k) => k.rotationEnabled === false);
    if (!keys.length) return notApplicable(`No customer managed symmetric KMS keys in ${c.accountId} ${c.region}`);
    if (!unrotated.length) return pass(`All ${count(keys.length, "customer managed symmetric key")} in ${c.region} rotate automatically`, keys.map((k) => k.metadata.Arn ?? ""));
    return fail(`${count(unrotated.length, "customer managed KMS key")} in ${c.accountId} ${c.region} ${unrotated.length === 1 ? "does" : "do"} not rotate: ${few(unrotated.map((k) => k.metadata.KeyId ?? ""))}`, unrotated.map((k) => k.metadata.Arn ?? ""));
  },
});
