import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "eks.public-endpoint",
  scope: "region",
  async run(c) {
    const clusters = c.need((await c.data("eks", c.region)).clusters);
    const open = clusters.filter((k) => k.resourcesVpcConfig?.endpointPublicAccess !== false && (k.resourcesVpcConfig?.publicAccessCidrs ?? ["0.0.0.0/0"]).includes("0.0.0.0/0"));
    if (!clusters.length) return notApplicable(`No EKS clusters in ${c.accountId} ${c.region}`);
    if (!open.length) return pass(`None of the ${count(clusters.length, "EKS cluster")} in ${c.region} exposes its API endpoint to the whole internet`, clusters.map((k) => k.arn ?? ""));
    return fail(`${count(open.length, "EKS cluster")} in ${c.accountId} ${c.region} ${open.length === 1 ? "exposes its" : "expose their"} API endpoint to 0.0.0.0/0: ${few(open.map((k) => k.name ?? ""))}`, open.map((k) => k.arn ?? ""));
  },
});
