import { defineCheck, fail, pass } from "../define.js";
import { blocksAll, missingSwitches } from "./block-public-access.js";

export default defineCheck({
  id: "s3.account-public-access-block",
  scope: "account",
  async run(c) {
    const config = c.need((await c.data("s3")).accountPublicAccessBlock);
    if (blocksAll(config)) return pass(`S3 Block Public Access is on for the whole of ${c.accountId}`, [`arn:aws:s3:::account/${c.accountId}`]);
    return fail(config ? `Account-level S3 Block Public Access in ${c.accountId} is partial: ${missingSwitches(config).join(", ")} off` : `${c.accountId} has no account-level S3 Block Public Access`, [`arn:aws:s3:::account/${c.accountId}`]);
  },
});
