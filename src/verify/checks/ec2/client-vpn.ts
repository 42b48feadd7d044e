import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Remote access through Client VPN must authenticate against the identity provider and log connections. */
export default defineCheck({
  id: "ec2.client-vpn",
  scope: "region",
  async run(c) {
    const endpoints = c.need((await c.data("ec2", c.region)).clientVpnEndpoints);
    if (!endpoints.length) return notApplicable(`No Client VPN endpoints in ${c.accountId} ${c.region}`);
    const weak = endpoints.filter((e) => !e.ConnectionLogOptions?.Enabled || !(e.AuthenticationOptions ?? []).some((a) => a.Type === "federated-authentication" || a.Type === "directory-service-authentication"));
    if (!weak.length) return pass(`All ${count(endpoints.length, "Client VPN endpoint")} in ${c.region} use federated or directory sign-in and log connections`, endpoints.map((e) => `arn:aws:ec2:${c.region}:${c.accountId}:client-vpn-endpoint/${e.ClientVpnEndpointId}`));
    return fail(`${count(weak.length, "Client VPN endpoint")} in ${c.accountId} ${c.region} ${weak.length === 1 ? "lacks" : "lack"} user authentication or connection logging: ${few(weak.map((e) => `arn:aws:ec2:${c.region}:${c.accountId}:client-vpn-endpoint/${e.ClientVpnEndpointId}`))}`, weak.map((e) => e.ClientVpnEndpointId ?? ""));
  },
});
