import { defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "shield.advanced",
  scope: "account",
  async run(c) {
    const subscription = c.need((await c.data("shield", "us-east-1")).subscription);
    if (subscription && (!subscription.EndTime || subscription.EndTime > c.now)) return pass(`${c.accountId} subscribes to AWS Shield Advanced`, subscription.SubscriptionArn ? [subscription.SubscriptionArn] : []);
    return fail(`${c.accountId} has no active AWS Shield Advanced subscription (Shield Standard only)`);
  },
});
