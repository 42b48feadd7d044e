import type { LogType } from "@aws-sdk/client-eks";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Who did what on the cluster is only known with the API server's audit and authenticator logs. */
const NEEDED: LogType[] = ["audit", "authenticator"];

export default defineCheck({
  id: "eks.control-plane-logging",
  scope: "region",
  async run(c) {
    const clusters = c.need((await c.data("eks", c.region)).clusters);
    if (!clusters.length) return notApplicable(`No EKS clusters in ${c.accountId} ${c.region}`);
    const enabled = (k: (typeof clusters)[number]) => new Set((k.logging?.clusterLogging ?? []).filter((l) => l.enabled).flatMap((l) => l.types ?? []));
    const blind = clusters.filter((k) => NEEDED.some((t) => !enabled(k).has(t)));
    if (!blind.length) return pass(`All ${count(clusters.length, "EKS cluster")} in ${c.region} send audit and authenticator logs to CloudWatch`, clusters.map((k) => k.arn ?? ""));
    return fail(`${count(blind.length, "EKS cluster")} in ${c.accountId} ${c.region} ${blind.length === 1 ? "does" : "do"} not log API audit and authenticator events: ${few(blind.map((k) => k.name ?? ""))}`, blind.map((k) => k.arn ?? ""));
  },
});
