import { count, defineCheck, fail, few, notApplicable, pass } from "../define.js";

/** Managed desktops are the device posture AWS can vouch for; they must at least encrypt their volumes. */
export default defineCheck({
  id: "workspaces.managed-desktops",
  scope: "region",
  async run(c) {
    const workspaces = c.need((await c.data("workspaces", c.region)).workspaces);
    if (!workspaces.length) return notApplicable(`No WorkSpaces in ${c.accountId} ${c.region}`);
    const plain = workspaces.filter((w) => !w.RootVolumeEncryptionEnabled || !w.UserVolumeEncryptionEnabled);
    if (!plain.length) return pass(`All ${count(workspaces.length, "WorkSpace")} in ${c.region} encrypt their root and user volumes`, workspaces.map((w) => `arn:aws:workspaces:${c.region}:${c.accountId}:workspace/${w.WorkspaceId}`));
    return fail(`${count(plain.length, "WorkSpace")} in ${c.accountId} ${c.region} ${plain.length === 1 ? "has" : "have"} unencrypted volumes: ${few(plain.map((w) => `arn:aws:workspaces:${c.region}:${c.accountId}:workspace/${w.WorkspaceId}`))}`, plain.map((w) => w.WorkspaceId ?? ""));
  },
});
