import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "ec2.default-sg-restricted",
  scope: "region",
  async run(c) {
    const defaults = c.need((await c.data("ec2", c.region)).securityGroups).filter((g) => g.GroupName === "default");
    const permissive = defaults.filter((g) => (g.IpPermissions ?? []).length + (g.IpPermissionsEgress ?? []).length > 0);
    if (!defaults.length) return notApplicable(`No VPCs (so no default security groups) in ${c.accountId} ${c.region}`);
    if (!permissive.length) return pass(`The default security groups of all ${count(defaults.length, "VPC")} in ${c.region} allow no traffic`, defaults.map((g) => `arn:aws:ec2:${c.region}:${c.accountId}:security-group/${g.GroupId}`));
    return fail(`${count(permissive.length, "default security group")} in ${c.accountId} ${c.region} still ${permissive.length === 1 ? "has" : "have"} rules: ${few(permissive.map((g) => `${g.GroupId} (${g.VpcId})`))}`, permissive.map((g) => `arn:aws:ec2:${c.region}:${c.accountId}:security-group/${g.GroupId}`));
  },
});
