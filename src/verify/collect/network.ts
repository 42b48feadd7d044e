// Collectors for the network pillar's services beyond EC2: Network Firewall, Route 53 Resolver, ACM PCA.
import { ListFirewallsCommand, NetworkFirewallClient } from "@aws-sdk/client-network-firewall";
import {
  ListFirewallRuleGroupAssociationsCommand,
  ListResolverQueryLogConfigAssociationsCommand,
  ListResolverQueryLogConfigsCommand,
  Route53ResolverClient,
} from "@aws-sdk/client-route53resolver";
import type { ClientFactory } from "../aws/clients.js";
import { ACM_PCA, jsonCall } from "../aws/json-call.js";
import { all, call, got, gotAfter } from "./fetch.js";

export async function collectNetworkFirewall(clients: ClientFactory) {
  const nfw = clients.get("networkfirewall", NetworkFirewallClient);
  const firewalls = await got(["network-firewall:ListFirewalls"], () =>
    all(async (NextToken) => {
      const r = await call("network-firewall:ListFirewalls", () => nfw.send(new ListFirewallsCommand({ NextToken, MaxResults: 100 })));
      return { items: r.Firewalls, next: r.NextToken };
    }),
  );
  return { firewalls };
}

export async function collectRoute53Resolver(clients: ClientFactory) {
  const r53 = clients.get("route53resolver", Route53ResolverClient);
  const logging = async () => {
    const queryLogAssociations = await got(["route53resolver:ListResolverQueryLogConfigAssociations"], () =>
      all(async (NextToken) => {
        const r = await call("route53resolver:ListResolverQueryLogConfigAssociations", () => r53.send(new ListResolverQueryLogConfigAssociationsCommand({ NextToken, MaxResults: 100 })));
        return { items: r.ResolverQueryLogConfigAssociations, next: r.NextToken };
      }),
    );
    // The configurations behind the associations; with no association there is nothing to look up.
    const queryLogConfigs = await gotAfter(queryLogAssociations, ["route53resolver:ListResolverQueryLogConfigs"], () =>
      all(async (NextToken) => {
        const r = await call("route53resolver:ListResolverQueryLogConfigs", () => r53.send(new ListResolverQueryLogConfigsCommand({ NextToken, MaxResults: 100 })));
        return { items: r.ResolverQueryLogConfigs, next: r.NextToken };
      }),
    );
    return { queryLogConfigs, queryLogAssociations };
  };
  const [{ queryLogConfigs, queryLogAssociations }, firewallAssociations] = await Promise.all([
    logging(),
    got(["route53resolver:ListFirewallRuleGroupAssociations"], () =>
      all(async (NextToken) => {
        const r = await call("route53resolver:ListFirewallRuleGroupAssociations", () => r53.send(new ListFirewallRuleGroupAssociationsCommand({ NextToken, MaxResults: 100 })));
        return { items: r.FirewallRuleGroupAssociations, next: r.NextToken };
      }),
    ),
  ]);
  return { queryLogConfigs, queryLogAssociations, firewallAssociations };
}

interface CertificateAuthority {
  Arn?: string;
  Status?: string;
  Type?: string;
}

const listCertificateAuthorities = (clients: ClientFactory, owner: "SELF" | "OTHER_ACCOUNTS") =>
  got(["acm-pca:ListCertificateAuthorities"], () =>
    all(async (NextToken) => {
      const r = await call("acm-pca:ListCertificateAuthorities", () =>
        jsonCall<{ CertificateAuthorities?: CertificateAuthority[]; NextToken?: string }>(clients, ACM_PCA, "ListCertificateAuthorities", { MaxResults: 1000, ResourceOwner: owner, ...(NextToken ? { NextToken } : {}) }),
      );
      return { items: r.CertificateAuthorities, next: r.NextToken };
    }),
  );

export async function collectAcmPca(clients: ClientFactory) {
  return { certificateAuthorities: await listCertificateAuthorities(clients, "SELF") };
}

/** CAs other accounts share with this one through RAM (a central PKI account's); asked only where no own CA is active. */
export async function collectAcmPcaShared(clients: ClientFactory) {
  const listed = await listCertificateAuthorities(clients, "OTHER_ACCOUNTS");
  // An endpoint that ignores ResourceOwner answers with the account's own CAs: those are not shared ones.
  return { certificateAuthorities: listed.ok ? { ...listed, value: listed.value.filter((ca) => ca.Arn?.split(":")[4] !== clients.accountId) } : listed };
}
