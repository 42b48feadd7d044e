import { defineCheck, fail, pass } from "../define.js";

/** Block public access for EBS snapshots stops anyone sharing a snapshot publicly; block-all also hides ones shared before. */
export default defineCheck({
  id: "ec2.snapshot-block-public-access",
  scope: "region",
  async run(c) {
    const state = c.need((await c.data("ec2", c.region)).snapshotBlockPublicAccess);
    const setting = [`arn:aws:ec2:${c.region}:${c.accountId}:snapshot-block-public-access`];
    if (state === "block-all-sharing") return pass(`Block public access for EBS snapshots is on (block-all-sharing) in ${c.accountId} ${c.region}`, setting);
    return fail(`Block public access for EBS snapshots is ${state} in ${c.accountId} ${c.region}: ${state === "block-new-sharing" ? "snapshots shared publicly before stay public" : "any snapshot can be shared publicly"}`, setting);
  },
});
