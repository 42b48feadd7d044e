import { isAdminGrant, isPublicStatement, parsePolicy } from "../../policy.js";
import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/**
 * An endpoint policy narrows what can travel through the endpoint (our principals, our buckets): the
 * default full-access policy lets a compromised workload copy data to any account's resources.
 */
export default defineCheck({
  id: "ec2.vpc-endpoint-policies",
  scope: "region",
  async run(c) {
    // Gateway Load Balancer endpoints (and services without policy support) carry no policy document.
    const endpoints = c.need((await c.data("ec2", c.region)).vpcEndpoints).filter((e) => e.PolicyDocument && (e.State ?? "available").toLowerCase() === "available");
    const arn = (id: string | undefined) => `arn:aws:ec2:${c.region}:${c.accountId}:vpc-endpoint/${id}`;
    if (!endpoints.length) return notApplicable(`No VPC endpoints with a policy in ${c.accountId} ${c.region}`);
    const open = endpoints.filter((e) => parsePolicy(e.PolicyDocument).some((s) => isAdminGrant(s) && isPublicStatement(s)));
    if (!open.length) return pass(`All ${count(endpoints.length, "VPC endpoint")} in ${c.accountId} ${c.region} have policies narrower than full access`, endpoints.map((e) => arn(e.VpcEndpointId)));
    return fail(`${count(open.length, "VPC endpoint")} in ${c.accountId} ${c.region} ${open.length === 1 ? "keeps" : "keep"} the full-access policy (any principal, any action, any resource): ${few(open.map((e) => `${e.VpcEndpointId} (${(e.ServiceName ?? "").split(".").pop()})`))}`, open.map((e) => arn(e.VpcEndpointId)));
  },
});
