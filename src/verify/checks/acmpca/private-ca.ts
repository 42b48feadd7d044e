import { count, defineCheck, fail, notApplicable, pass } from "../define.js";
import { NETWORKED, nothingToProtect } from "../subjects.js";

/** A private CA issues the certificates that encrypt and authenticate east-west traffic. */
export default defineCheck({
  id: "acmpca.private-ca",
  scope: "region",
  async run(c) {
    const cas = c.need((await c.data("acmpca", c.region)).certificateAuthorities);
    const active = cas.filter((ca) => ca.Status === "ACTIVE");
    // CAs first: a central PKI account runs the CA and no workloads, and its CA counts.
    if (active.length) return pass(`${count(active.length, "active private certificate authority", "active private certificate authorities")} in ${c.region}`, active.map((ca) => ca.Arn ?? ""));
    const none = await nothingToProtect(c, NETWORKED, "no traffic between workloads for a private CA to authenticate");
    if (none) return notApplicable(none);
    // Workloads here may get their certificates from a CA the PKI account shares through RAM.
    const shared = c.need((await c.data("acmpcaShared", c.region)).certificateAuthorities).filter((ca) => ca.Status === "ACTIVE");
    if (shared.length) return pass(`${count(shared.length, "active private certificate authority", "active private certificate authorities")} shared with ${c.accountId} in ${c.region}`, shared.map((ca) => ca.Arn ?? ""));
    return fail(`No active AWS Private CA in or shared with ${c.accountId} ${c.region}${cas.length ? ` (${count(cas.length, "inactive one")})` : ""}`);
  },
});
