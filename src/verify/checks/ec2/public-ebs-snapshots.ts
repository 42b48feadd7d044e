import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** The scan asks EC2 only for this account's snapshots restorable by everyone, and only where it has snapshots at all. */
export default defineCheck({
  id: "ec2.public-ebs-snapshots",
  scope: "region",
  async run(c) {
    const ebs = await c.data("ebs", c.region);
    if (!c.need(ebs.hasSnapshots)) return notApplicable(`No EBS snapshot of ${c.accountId} in ${c.region}`);
    const shared = c.need(ebs.publicSnapshots);
    const arn = (id = "") => `arn:aws:ec2:${c.region}:${c.accountId}:snapshot/${id}`;
    // The filtered answer covers every snapshot of the account in the region, hence the wildcard.
    if (!shared.length) return pass(`No EBS snapshot of ${c.accountId} in ${c.region} is restorable by everyone`, [arn("*")]);
    return fail(`${count(shared.length, "EBS snapshot")} of ${c.accountId} in ${c.region} ${shared.length === 1 ? "is" : "are"} public: anyone can copy the disk: ${few(shared.map((s) => s.SnapshotId ?? ""))}`, shared.map((s) => arn(s.SnapshotId)));
  },
});
