import { count, defineCheck, fail, few, pass } from "../define.js";

/** The scan asks EC2 only for this account's snapshots restorable by everyone: the answer is the finding. */
export default defineCheck({
  id: "ec2.public-ebs-snapshots",
  scope: "region",
  async run(c) {
    const shared = c.need((await c.data("ebs", c.region)).publicSnapshots);
    const arn = (id = "") => `arn:aws:ec2:${c.region}:${c.accountId}:snapshot/${id}`;
    if (!shared.length) return pass(`No EBS snapshot of ${c.accountId} in ${c.region} is restorable by everyone`, [`arn:aws:ec2:${c.region}:${c.accountId}:snapshot/*`]);
    return fail(`${count(shared.length, "EBS snapshot")} of ${c.accountId} in ${c.region} ${shared.length === 1 ? "is" : "are"} public: anyone can copy the disk: ${few(shared.map((s) => s.SnapshotId ?? ""))}`, shared.map((s) => arn(s.SnapshotId)));
  },
});
