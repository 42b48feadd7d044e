import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "eks.secrets-encryption",
  scope: "region",
  async run(c) {
    const clusters = c.need((await c.data("eks", c.region)).clusters);
    if (!clusters.length) return notApplicable(`No EKS clusters in ${c.accountId} ${c.region}`);
    // Envelope encryption: Kubernetes Secrets are encrypted with a KMS key the account controls, not only the etcd volume.
    const plain = clusters.filter((k) => !(k.encryptionConfig ?? []).some((e) => e.resources?.includes("secrets") && e.provider?.keyArn));
    if (!plain.length) return pass(`All ${count(clusters.length, "EKS cluster")} in ${c.region} encrypt Kubernetes Secrets with a KMS key`, clusters.map((k) => k.arn ?? ""));
    return fail(`${count(plain.length, "EKS cluster")} in ${c.accountId} ${c.region} ${plain.length === 1 ? "does" : "do"} not encrypt Kubernetes Secrets with a KMS key: ${few(plain.map((k) => k.name ?? ""))}`, plain.map((k) => k.arn ?? ""));
  },
});
