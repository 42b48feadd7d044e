import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** A public AMI hands the account's image (and whatever was baked into it) to every AWS customer. */
export default defineCheck({
  id: "ec2.public-amis",
  scope: "region",
  async run(c) {
    const images = c.need((await c.data("ec2Images", c.region)).ownImages);
    const arn = (id: string | undefined) => `arn:aws:ec2:${c.region}::image/${id}`;
    if (!images.length) return notApplicable(`No AMIs owned by ${c.accountId} in ${c.region}`);
    const open = images.filter((i) => i.Public);
    if (!open.length) return pass(`None of the ${count(images.length, "AMI")} owned by ${c.accountId} in ${c.region} is public`, images.map((i) => arn(i.ImageId)));
    return fail(`${count(open.length, "AMI")} owned by ${c.accountId} in ${c.region} ${open.length === 1 ? "is" : "are"} public: ${few(open.map((i) => `${i.ImageId} (${i.Name ?? "unnamed"})`))}`, open.map((i) => arn(i.ImageId)));
  },
});
