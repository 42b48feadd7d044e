import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

export default defineCheck({
  id: "ecr.scan-on-push",
  scope: "region",
  async run(c) {
    const ecr = await c.data("ecr", c.region);
    const registry = c.need(ecr.registryScanning);
    const repositories = c.need(ecr.repositories);
    const registryWide = registry?.scanType === "ENHANCED" || (registry?.rules ?? []).some((r) => (r.scanFrequency === "SCAN_ON_PUSH" || r.scanFrequency === "CONTINUOUS_SCAN") && (r.repositoryFilters ?? []).some((f) => f.filter === "*"));
    if (registryWide) return pass(`The ECR registry of ${c.accountId} in ${c.region} scans every pushed image (${registry?.scanType ?? "BASIC"} scanning)`, [`arn:aws:ecr:${c.region}:${c.accountId}:registry`]);
    const unscanned = repositories.filter((r) => !r.imageScanningConfiguration?.scanOnPush);
    if (!repositories.length) return notApplicable(`No ECR repositories in ${c.accountId} ${c.region}`);
    if (!unscanned.length) return pass(`All ${count(repositories.length, "ECR repository", "ECR repositories")} in ${c.region} scan on push`, repositories.map((r) => r.repositoryArn ?? ""));
    return fail(`${count(unscanned.length, "ECR repository", "ECR repositories")} in ${c.accountId} ${c.region} ${unscanned.length === 1 ? "does" : "do"} not scan images on push: ${few(unscanned.map((r) => r.repositoryName ?? ""))}`, unscanned.map((r) => r.repositoryArn ?? ""));
  },
});
