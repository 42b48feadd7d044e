import { count, defineCheck, fail, notApplicable, pass } from "../define.js";
import { DATA_STORES, nothingToProtect } from "../subjects.js";

export default defineCheck({
  id: "kms.customer-keys",
  scope: "region",
  async run(c) {
    const keys = c.need((await c.data("kms", c.region)).keys);
    const customer = keys.filter((k) => k.metadata.KeyManager === "CUSTOMER" && k.metadata.KeyState === "Enabled");
    // Keys first: a central key account holds keys and no data, and its keys count.
    if (customer.length) return pass(`${count(customer.length, "enabled customer managed KMS key")} in ${c.region}`, customer.map((k) => k.metadata.Arn ?? ""));
    const none = await nothingToProtect(c, DATA_STORES, "no data for a customer managed key to protect (EFS and FSx are not read)");
    if (none) return notApplicable(none);
    return fail(`No enabled customer managed KMS key in ${c.accountId} ${c.region}: its data is encrypted only with AWS managed keys, if at all`);
  },
});
