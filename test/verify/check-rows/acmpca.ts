import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import type { RowFile } from "./row.js";

const arn = (id: string) => `arn:aws:acm-pca:eu-west-1:${ACCOUNT}:certificate-authority/${id}`;
const region = (vpcs: number, cas: { id: string; Status: string }[]): FakeData => ({
  ec2: { vpcs: ok(Array.from({ length: vpcs }, (_, i) => ({ VpcId: `vpc-${i}` }))) },
  acmpca: { certificateAuthorities: ok(cas.map((ca) => ({ Arn: arn(ca.id), Status: ca.Status }))) },
});

export default {
  rows: [
    { name: "no VPCs, no CAs", check: "acmpca.private-ca", data: region(0, []), status: "not-applicable" },
    { name: "an active CA", check: "acmpca.private-ca", data: region(1, [{ id: "ca-1", Status: "ACTIVE" }, { id: "ca-2", Status: "DISABLED" }]), status: "pass", resources: [arn("ca-1")] },
    { name: "only a disabled CA", check: "acmpca.private-ca", data: region(1, [{ id: "ca-2", Status: "DISABLED" }]), status: "fail", detail: /1 inactive one/ },
    { name: "CAs unreadable", check: "acmpca.private-ca", data: { ec2: { vpcs: ok([]) }, acmpca: { certificateAuthorities: denied("acm-pca:ListCertificateAuthorities") } }, status: "unknown" },
  ],
} satisfies RowFile;
