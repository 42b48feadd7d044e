import type { Listener } from "@aws-sdk/client-elastic-load-balancing-v2";
import type { Balancer } from "../../../src/verify/collect/elbv2.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const arn = (name: string) => `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}:loadbalancer/app/${name}/1`;
const lb = (name: string, internetFacing: boolean, listeners: Listener[], webAcl: string | null = null, type = "application"): Balancer => ({ arn: arn(name), name, type, internetFacing, listeners, webAcl });
const https = (SslPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06", actions = [{ Type: "forward" }]): Listener => ({ Protocol: "HTTPS", Port: 443, SslPolicy, DefaultActions: actions as Listener["DefaultActions"] });
const redirect: Listener = { Protocol: "HTTP", Port: 80, DefaultActions: [{ Type: "redirect", RedirectConfig: { Protocol: "HTTPS", StatusCode: "HTTP_301" } }] };
const plain: Listener = { Protocol: "HTTP", Port: 80, DefaultActions: [{ Type: "forward" }] };
const oidc = [{ Type: "authenticate-oidc" }, { Type: "forward" }];
const ACL = `arn:aws:wafv2:eu-west-1:${ACCOUNT}:regional/webacl/edge/1`;
const elb = (...balancers: Balancer[]): FakeData => ({ elbv2: { loadBalancers: ok(balancers) } });
const unreadable: FakeData = { elbv2: { loadBalancers: denied("elasticloadbalancing:DescribeLoadBalancers") } };
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

const rows: CheckRow[] = [];
for (const check of ["elbv2.https-only", "elbv2.tls-policy", "elbv2.alb-authentication", "elbv2.waf-association"]) {
  rows.push(row(check, "no load balancers", elb(), "not-applicable"), row(check, "load balancers unreadable", unreadable, "unknown", [], /DescribeLoadBalancers/));
}
rows.push(
  row("elbv2.https-only", "HTTPS and a redirect", elb(lb("web", true, [https(), redirect])), "pass", [arn("web")]),
  row("elbv2.https-only", "plain HTTP to the internet", elb(lb("web", true, [https(), plain])), "fail", [arn("web")], /web/),
  row("elbv2.https-only", "only internal HTTP", elb(lb("intra", false, [plain])), "not-applicable"),
  row("elbv2.tls-policy", "TLS 1.3 policy", elb(lb("web", true, [https()])), "pass", [arn("web")]),
  row("elbv2.tls-policy", "a TLS 1.3 policy that still accepts TLS 1.0", elb(lb("web", true, [https("ELBSecurityPolicy-FS-1-2-Res-2020-10")]), lb("api", true, [https("ELBSecurityPolicy-TLS13-1-0-2021-06")])), "fail", [arn("api")], /below 1\.2 \(security policy\): api/),
  row("elbv2.tls-policy", "the 2016 default policy", elb(lb("web", true, [https("ELBSecurityPolicy-2016-08")])), "fail", [arn("web")], /below 1\.2/),
  row("elbv2.tls-policy", "HTTP only", elb(lb("web", true, [redirect])), "not-applicable"),
  row("elbv2.alb-authentication", "internal ALB signs people in", elb(lb("intra", false, [https(undefined, oidc), redirect])), "pass", [arn("intra")]),
  row("elbv2.alb-authentication", "internal ALB forwards anyone on the network", elb(lb("intra", false, [https()])), "fail", [arn("intra")], /intra/),
  row("elbv2.alb-authentication", "only internet-facing ALBs", elb(lb("web", true, [https()])), "not-applicable"),
  row("elbv2.waf-association", "web ACL in front", elb(lb("web", true, [https()], ACL), lb("intra", false, [https()])), "pass", [arn("web")]),
  row("elbv2.waf-association", "no web ACL", elb(lb("web", true, [https()])), "fail", [arn("web")], /no AWS WAF/),
  row("elbv2.waf-association", "network load balancers take no web ACL", elb(lb("nlb", true, [], null, "network")), "not-applicable"),
);

export default { rows } satisfies RowFile;
