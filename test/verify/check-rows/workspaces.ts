import type { Workspace } from "@aws-sdk/client-workspaces";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const ws = (id: string, root: boolean, user: boolean): Workspace => ({ WorkspaceId: id, RootVolumeEncryptionEnabled: root, UserVolumeEncryptionEnabled: user });
const served = (list: Workspace[]): FakeData => ({ workspaces: { workspaces: ok(list) } });

export default {
  rows: [
    { name: "none", check: "workspaces.managed-desktops", data: served([]), status: "not-applicable" },
    { name: "encrypted", check: "workspaces.managed-desktops", data: served([ws("ws-1", true, true)]), status: "pass", resources: [`arn:aws:workspaces:eu-west-1:${ACCOUNT}:workspace/ws-1`] },
    { name: "user volume plain", check: "workspaces.managed-desktops", data: served([ws("ws-1", true, true), ws("ws-2", true, false)]), status: "fail", detail: /ws-2/ },
    { name: "unreadable", check: "workspaces.managed-desktops", data: { workspaces: { workspaces: denied("workspaces:DescribeWorkspaces") } }, status: "unknown" },
  ],
} satisfies RowFile;
