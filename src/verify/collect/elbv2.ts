// Elastic Load Balancing v2: load balancers, their listeners, and the web ACL in front of each ALB.
import { DescribeListenersCommand, DescribeLoadBalancersCommand, ElasticLoadBalancingV2Client, type Listener, type LoadBalancer } from "@aws-sdk/client-elastic-load-balancing-v2";
import { GetWebACLForResourceCommand, WAFV2Client } from "@aws-sdk/client-wafv2";
import type { ClientFactory } from "../aws/clients.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got } from "./fetch.js";

export interface Balancer {
  arn: string;
  name: string;
  type: string;
  internetFacing: boolean;
  listeners: Listener[];
  /** The associated AWS WAF web ACL's ARN (application load balancers only; null: none). */
  webAcl: string | null;
}

export async function collectElbv2(clients: ClientFactory) {
  const elb = clients.get("elbv2", ElasticLoadBalancingV2Client);
  const waf = clients.get("wafv2", WAFV2Client);
  const loadBalancers = await got(["elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeListeners", "wafv2:GetWebACLForResource"], async (): Promise<Balancer[]> => {
    const list = await all(async (Marker) => {
      const r = await call("elasticloadbalancing:DescribeLoadBalancers", () => elb.send(new DescribeLoadBalancersCommand({ Marker, PageSize: 400 })));
      return { items: r.LoadBalancers, next: r.NextMarker };
    });
    return mapLimit(list, 4, async (lb: LoadBalancer) => {
      const arn = lb.LoadBalancerArn ?? "";
      const listeners = await all(async (Marker) => {
        const r = await call("elasticloadbalancing:DescribeListeners", () => elb.send(new DescribeListenersCommand({ LoadBalancerArn: arn, Marker, PageSize: 400 })));
        return { items: r.Listeners, next: r.NextMarker };
      });
      // Per ALB rather than ListResourcesForWebACL per web ACL: moto 5.2 serves only this one, so the scan test can see both outcomes.
      const webAcl = lb.Type === "application" ? ((await call("wafv2:GetWebACLForResource", () => waf.send(new GetWebACLForResourceCommand({ ResourceArn: arn })))).WebACL?.ARN ?? null) : null;
      return { arn, name: lb.LoadBalancerName ?? arn, type: lb.Type ?? "application", internetFacing: lb.Scheme === "internet-facing", listeners, webAcl };
    });
  });
  return { loadBalancers };
}
