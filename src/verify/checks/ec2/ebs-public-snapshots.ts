import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** A snapshot anyone may restore hands the whole disk to every AWS account. */
export default defineCheck({
  id: "ec2.ebs-public-snapshots",
  scope: "region",
  async run(c) {
    const ec2 = await c.data("ec2", c.region);
    const owned = c.need(ec2.snapshots);
    const open = c.need(ec2.publicSnapshots);
    const arn = (id: string | undefined) => `arn:aws:ec2:${c.region}:${c.accountId}:snapshot/${id}`;
    if (!owned.length && !open.length) return notApplicable(`No EBS snapshots owned by ${c.accountId} in ${c.region}`);
    if (!open.length) return pass(`None of the ${count(owned.length, "EBS snapshot")} of ${c.accountId} in ${c.region} is restorable by everyone`, owned.map((s) => arn(s.SnapshotId)));
    return fail(`${count(open.length, "EBS snapshot")} of ${c.accountId} in ${c.region} ${open.length === 1 ? "is" : "are"} public (restorable by all AWS accounts): ${few(open.map((s) => s.SnapshotId ?? ""))}`, open.map((s) => arn(s.SnapshotId)));
  },
});
