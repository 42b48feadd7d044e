import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";
import { identityCenter } from "./instances.js";

const ADMIN = /:policy\/AdministratorAccess$|^AdministratorAccess$/;

export default defineCheck({
  id: "sso.permission-sets",
  scope: "org",
  async run(c) {
    const view = await identityCenter(c);
    if (!view.instances.length) {
      if (view.unreadable.length) return { status: view.unreadable[0]!.status, detail: `Identity Center could not be read: ${view.unreadable[0]!.reason}` };
      // People may reach AWS through other federation; sso.identity-center-instance reports the missing instance.
      return notApplicable("No IAM Identity Center instance, so no permission sets to weigh");
    }
    const sets = view.permissionSets;
    if (!sets.length) return notApplicable("The IAM Identity Center instance has no permission sets");
    const admin = sets.filter((p) => p.managedPolicies.some((a) => ADMIN.test(a)));
    if (admin.length === sets.length) return fail(`Every permission set (${few(sets.map((p) => p.name))}) grants AdministratorAccess: there is no least-privilege role`, sets.map((p) => p.arn));
    return pass(`${count(sets.length, "permission set")}, ${count(sets.length - admin.length, "scoped below administrator")}: ${few(sets.map((p) => p.name))}`, sets.map((p) => p.arn));
  },
});
