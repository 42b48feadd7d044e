import { defineCheck, fail, pass } from "../define.js";
import { identityCenter } from "./instances.js";

export default defineCheck({
  id: "sso.identity-center-instance",
  scope: "org",
  async run(c) {
    const view = await identityCenter(c);
    if (view.instances.length) {
      const first = view.instances[0]!;
      return pass(`IAM Identity Center instance ${first.instance.IdentityStoreId ?? first.instance.InstanceArn} runs in ${first.region}`, view.instances.map((i) => i.instance.InstanceArn ?? ""));
    }
    if (view.unreadable.length === c.regions.length) {
      const first = view.unreadable[0]!;
      return { status: first.status, detail: `Identity Center could not be read in any scanned region: ${first.reason}` };
    }
    return fail(`No IAM Identity Center instance in the scanned regions (${c.regions.join(", ")})${view.unreadable.length ? `; unreadable in ${view.unreadable.map((u) => u.region).join(", ")}` : ""}`);
  },
});
