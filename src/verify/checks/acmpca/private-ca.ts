import { count, defineCheck, fail, notApplicable, pass } from "../define.js";

/** A private CA issues the certificates that encrypt and authenticate east-west traffic. */
export default defineCheck({
  id: "acmpca.private-ca",
  scope: "region",
  async run(c) {
    const vpcs = c.need((await c.data("ec2", c.region)).vpcs);
    const cas = c.need((await c.data("acmpca", c.region)).certificateAuthorities);
    if (!vpcs.length && !cas.length) return notApplicable(`No VPCs (so no east-west traffic to authenticate) in ${c.accountId} ${c.region}`);
    const active = cas.filter((ca) => ca.Status === "ACTIVE");
    if (active.length) return pass(`${count(active.length, "active private certificate authority", "active private certificate authorities")} in ${c.region}`, active.map((ca) => ca.Arn ?? ""));
    return fail(`No active AWS Private CA in ${c.accountId} ${c.region}${cas.length ? ` (${count(cas.length, "inactive one")})` : ""}`);
  },
});
