import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { aclArn, portsOpenToInternet } from "./nacl-open-admin-ports.js";
import { DATA_PORTS } from "./sg-open-data-ports.js";

/** Database, directory and file-sharing ports should be closed at the subnet edge too, not only in security groups. */
export default defineCheck({
  id: "ec2.nacl-open-data-ports",
  scope: "region",
  async run(c) {
    const acls = c.need((await c.data("ec2", c.region)).networkAcls);
    if (!acls.length) return notApplicable(`No network ACLs in ${c.accountId} ${c.region}`);
    const open = acls.map((a) => ({ a, ports: portsOpenToInternet(a, Object.keys(DATA_PORTS).map(Number)) })).filter((o) => o.ports.length);
    if (!open.length) return pass(`None of the ${count(acls.length, "network ACL")} in ${c.accountId} ${c.region} lets database, LDAP or file-sharing ports in from the internet`, acls.map((a) => aclArn(c.region, c.accountId, a)));
    const named = open.map((o) => `${o.a.NetworkAclId} (${o.ports.map((p) => DATA_PORTS[p]).join("/")})`);
    return fail(`${count(open.length, "network ACL")} in ${c.accountId} ${c.region} ${open.length === 1 ? "allows" : "allow"} data ports from 0.0.0.0/0: ${few(named)}`, open.map((o) => aclArn(c.region, c.accountId, o.a)));
  },
});
