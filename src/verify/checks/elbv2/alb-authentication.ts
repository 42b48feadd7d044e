import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Internal applications behind an ALB: the load balancer itself signs people in (OIDC or Cognito) before a request reaches the app. */
export default defineCheck({
  id: "elbv2.alb-authentication",
  scope: "region",
  async run(c) {
    const internal = c.need((await c.data("elbv2", c.region)).loadBalancers).filter((b) => !b.internetFacing && b.type === "application" && b.listeners.length);
    if (!internal.length) return notApplicable(`No internal application load balancers with listeners in ${c.accountId} ${c.region}`);
    const authenticates = (actions: { Type?: string }[] = []) => actions.some((a) => a.Type === "authenticate-oidc" || a.Type === "authenticate-cognito");
    const open = internal.filter((b) => b.listeners.some((l) => !authenticates(l.DefaultActions) && !(l.DefaultActions ?? []).every((a) => a.Type === "redirect")));
    if (!open.length) return pass(`All ${count(internal.length, "internal application load balancer")} in ${c.region} authenticate users (OIDC or Cognito) before forwarding`, internal.map((b) => b.arn));
    return fail(`${count(open.length, "internal application load balancer")} in ${c.accountId} ${c.region} ${open.length === 1 ? "forwards" : "forward"} requests without authenticating users: ${few(open.map((b) => b.name))}`, open.map((b) => b.arn));
  },
});
