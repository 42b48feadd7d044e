import { defineCheck, fail, notApplicable, pass } from "../define.js";
import { nothingToProtect } from "../subjects.js";

export default defineCheck({
  id: "shield.advanced",
  scope: "account",
  async run(c) {
    // Shield Advanced protects public endpoints; an account without any the scan reads is not asked.
    const none = await nothingToProtect(c, ["CloudFront distributions", "internet-facing load balancers"], "nothing the scan reads for Shield Advanced to protect (Route 53 zones, Global Accelerator and Elastic IPs are not read)");
    if (none) return notApplicable(none);
    const subscription = c.need((await c.data("shield", "us-east-1")).subscription);
    if (subscription && (!subscription.EndTime || subscription.EndTime > c.now)) return pass(`${c.accountId} subscribes to AWS Shield Advanced`, subscription.SubscriptionArn ? [subscription.SubscriptionArn] : []);
    return fail(`${c.accountId} has no active AWS Shield Advanced subscription (Shield Standard only)`);
  },
});
