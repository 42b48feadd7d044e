import { count, defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "kms.customer-keys",
  scope: "region",
  async run(c) {
    const keys = c.need((await c.data("kms", c.region)).keys);
    const customer = keys.filter((k) => k.metadata.KeyManager === "CUSTOMER" && k.metadata.KeyState === "Enabled");
    if (customer.length) return pass(`${count(customer.length, "enabled customer managed KMS key")} in ${c.region}`, customer.map((k) => k.metadata.Arn ?? ""));
    return fail(`No enabled customer managed KMS key in ${c.accountId} ${c.region}: data is encrypted only with AWS managed keys, if at all`);
  },
});
