import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Verified Access checks device posture only through a device trust provider (Jamf, CrowdStrike, JumpCloud) attached to the instance. */
export default defineCheck({
  id: "ec2.verified-access-device-trust",
  scope: "region",
  async run(c) {
    const instances = c.need((await c.data("verifiedAccess", c.region)).instances);
    const arn = (id: string | undefined) => `arn:aws:ec2:${c.region}:${c.accountId}:verified-access-instance/${id}`;
    if (!instances.length) return notApplicable(`No Verified Access instances in ${c.accountId} ${c.region}`);
    const blind = instances.filter((i) => !(i.VerifiedAccessTrustProviders ?? []).some((p) => p.TrustProviderType === "device"));
    if (!blind.length) return pass(`All ${count(instances.length, "Verified Access instance")} in ${c.region} evaluate device posture through a device trust provider`, instances.map((i) => arn(i.VerifiedAccessInstanceId)));
    return fail(`${count(blind.length, "Verified Access instance")} in ${c.accountId} ${c.region} ${blind.length === 1 ? "trusts" : "trust"} user identity only, no device posture: ${few(blind.map((i) => i.VerifiedAccessInstanceId ?? ""))}`, blind.map((i) => arn(i.VerifiedAccessInstanceId)));
  },
});
