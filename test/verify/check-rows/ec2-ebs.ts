import type { Snapshot, Volume } from "@aws-sdk/client-ec2";
import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { CheckRow, RowFile } from "./row.js";

const vol = (id: string, Encrypted: boolean): Volume => ({ VolumeId: id, Encrypted });
const ebs = (volumes: Volume[], publicSnapshots: Snapshot[] = [], hasSnapshots = true): FakeData => ({ ebs: { volumes: ok(volumes), hasSnapshots: ok(hasSnapshots), publicSnapshots: ok(publicSnapshots) } });
const volArn = (id: string) => `arn:aws:ec2:eu-west-1:${ACCOUNT}:volume/${id}`;
const DEFAULT = `arn:aws:ec2:eu-west-1:${ACCOUNT}:ebs-encryption-by-default`;
const row = (check: string, name: string, data: FakeData, status: CheckRow["status"], resources?: string[], detail?: RegExp): CheckRow => ({ check, name, data, status, resources, detail });

export default {
  rows: [
    row("ec2.ebs-default-encryption", "on", { ec2: { ebsEncryptionByDefault: ok(true) } }, "pass", [DEFAULT]),
    row("ec2.ebs-default-encryption", "off", { ec2: { ebsEncryptionByDefault: ok(false) } }, "fail", [DEFAULT]),
    row("ec2.ebs-default-encryption", "unreadable", { ec2: { ebsEncryptionByDefault: denied("ec2:GetEbsEncryptionByDefault") } }, "unknown"),
    row("ec2.ebs-volume-encryption", "all encrypted", ebs([vol("vol-1", true)]), "pass", [volArn("vol-1")]),
    row("ec2.ebs-volume-encryption", "an unencrypted volume", ebs([vol("vol-1", true), vol("vol-2", false)]), "fail", [volArn("vol-2")], /vol-2/),
    row("ec2.ebs-volume-encryption", "no volumes", ebs([]), "not-applicable"),
    row("ec2.ebs-volume-encryption", "volumes unreadable", { ebs: { volumes: denied("ec2:DescribeVolumes") } }, "unknown"),
    row("ec2.public-ebs-snapshots", "none public", ebs([], []), "pass", [`arn:aws:ec2:eu-west-1:${ACCOUNT}:snapshot/*`]),
    row("ec2.public-ebs-snapshots", "a public snapshot", ebs([], [{ SnapshotId: "snap-1" }]), "fail", [`arn:aws:ec2:eu-west-1:${ACCOUNT}:snapshot/snap-1`], /snap-1/),
    row("ec2.public-ebs-snapshots", "no snapshots", ebs([], [], false), "not-applicable"),
    row("ec2.public-ebs-snapshots", "snapshots unreadable", { ebs: { hasSnapshots: denied("ec2:DescribeSnapshots"), publicSnapshots: denied("ec2:DescribeSnapshots") } }, "unknown"),
  ],
  alwaysApplicable: {
    "ec2.ebs-default-encryption": "every region has the setting, on or off",
  },
} satisfies RowFile;
