import { defineCheck, fail, pass } from "../define.js";

export default defineCheck({
  id: "ec2.ebs-default-encryption",
  scope: "region",
  async run(c) {
    const on = c.need((await c.data("ec2", c.region)).ebsEncryptionByDefault);
    return on ? pass(`New EBS volumes in ${c.accountId} ${c.region} are encrypted by default`, [`arn:aws:ec2:${c.region}:${c.accountId}:ebs-encryption-by-default`]) : fail(`EBS encryption by default is off in ${c.accountId} ${c.region}`, [`arn:aws:ec2:${c.region}:${c.accountId}:ebs-encryption-by-default`]);
  },
});
