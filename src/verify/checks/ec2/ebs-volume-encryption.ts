import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "ec2.ebs-volume-encryption",
  scope: "region",
  async run(c) {
    const volumes = c.need((await c.data("ebs", c.region)).volumes);
    if (!volumes.length) return notApplicable(`No EBS volumes in ${c.accountId} ${c.region}`);
    const arn = (id = "") => `arn:aws:ec2:${c.region}:${c.accountId}:volume/${id}`;
    const plain = volumes.filter((v) => !v.Encrypted);
    if (!plain.length) return pass(`All ${count(volumes.length, "EBS volume")} in ${c.region} are encrypted`, volumes.map((v) => arn(v.VolumeId)));
    return fail(`${count(plain.length, "EBS volume")} in ${c.accountId} ${c.region} ${plain.length === 1 ? "is" : "are"} not encrypted: ${few(plain.map((v) => v.VolumeId ?? ""))}`, plain.map((v) => arn(v.VolumeId)));
  },
});
