import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "ec2.imdsv2-required",
  scope: "region",
  async run(c) {
    const instances = c.need((await c.data("ec2", c.region)).instances);
    const optional = instances.filter((i) => i.MetadataOptions?.HttpTokens !== "required" && i.MetadataOptions?.HttpEndpoint !== "disabled");
    if (!instances.length) return notApplicable(`No EC2 instances in ${c.accountId} ${c.region}`);
    if (!optional.length) return pass(`All ${count(instances.length, "EC2 instance")} in ${c.region} require IMDSv2 session tokens`, instances.map((i) => `arn:aws:ec2:${c.region}:${c.accountId}:instance/${i.InstanceId}`));
    return fail(`${count(optional.length, "EC2 instance")} in ${c.accountId} ${c.region} still ${optional.length === 1 ? "accepts" : "accept"} IMDSv1 (HttpTokens optional): ${few(optional.map((i) => i.InstanceId ?? ""))}`, optional.map((i) => `arn:aws:ec2:${c.region}:${c.accountId}:instance/${i.InstanceId}`));
  },
});
