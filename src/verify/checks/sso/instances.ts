import type { InstanceMetadata } from "@aws-sdk/client-sso-admin";
import type { PermissionSet } from "../../collect/identity.js";
import type { Got } from "../../types.js";
import type { CheckContext } from "../define.js";

export interface IdentityCenterView {
  instances: { region: string; instance: InstanceMetadata }[];
  permissionSets: PermissionSet[];
  /** Regions whose answer could not be read, with the first reason. */
  unreadable: { region: string; status: "unknown" | "error"; reason: string }[];
}

/** Identity Center lives in one region of the management (or delegated admin) account: look in every scanned region. */
export async function identityCenter(c: CheckContext): Promise<IdentityCenterView> {
  const view: IdentityCenterView = { instances: [], permissionSets: [], unreadable: [] };
  const account = c.org.organization?.managementAccountId || c.org.caller.accountId;
  for (const region of c.regions) {
    const data = await c.data("ssoadmin", region, account);
    const note = (g: Got<unknown>) => {
      c.read(g);
      if (!g.ok) view.unreadable.push({ region, status: g.status, reason: g.reason });
      return g.ok;
    };
    if (note(data.instances) && data.instances.ok) view.instances.push(...data.instances.value.map((instance) => ({ region, instance })));
    if (data.instances.ok && data.instances.value.length && note(data.permissionSets) && data.permissionSets.ok) view.permissionSets.push(...data.permissionSets.value);
  }
  return view;
}
