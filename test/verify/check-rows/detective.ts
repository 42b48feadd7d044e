import type { OrgSnapshot } from "../../../src/verify/scan/organization.js";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const ADMIN = "222233334444";
const GRAPH = `arn:aws:detective:eu-west-1:${ADMIN}:graph:abc`;
const graphs = (list: string[]): FakeData => ({ detective: { graphs: ok(list.map((Arn) => ({ Arn }))) } });
// Detective delegated to the security account: the management account holds no graph, the administrator does.
const delegated = (admin: FakeData): CheckRow["opts"] => ({
  org: { organization: { id: "o-abc", managementAccountId: ACCOUNT, featureSet: "ALL" }, delegatedAdmins: ok([{ accountId: ADMIN, name: "security", services: ["detective.amazonaws.com"] }]) } satisfies Partial<OrgSnapshot>,
  accounts: { [ADMIN]: admin },
});

export default {
  rows: [
    { name: "graph in the delegated administrator", check: "detective.graph", data: graphs([]), opts: delegated(graphs([GRAPH])), status: "pass", resources: [GRAPH] },
    { name: "graph in a standalone account", check: "detective.graph", data: graphs([`arn:aws:detective:eu-west-1:${ACCOUNT}:graph:x`]), status: "pass" },
    { name: "no graph anywhere", check: "detective.graph", data: graphs([]), opts: delegated(graphs([])), status: "fail", detail: new RegExp(`looked in ${ACCOUNT}, ${ADMIN}`) },
    { name: "administrator unreadable", check: "detective.graph", data: graphs([]), opts: delegated({ detective: { graphs: denied("detective:ListGraphs") } }), status: "unknown" },
  ],
  alwaysApplicable: { "detective.graph": "every region of the organization has a behavior graph or not" },
} satisfies RowFile;
