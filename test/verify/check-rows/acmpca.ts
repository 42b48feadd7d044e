import { ACCOUNT, denied, type FakeData, ok } from "../fake-context.js";
import { HOLDING, place } from "../places.js";
import type { RowFile } from "./row.js";

const arn = (id: string) => `arn:aws:acm-pca:eu-west-1:${ACCOUNT}:certificate-authority/${id}`;
const SHARED = "arn:aws:acm-pca:eu-west-1:999988887777:certificate-authority/central";
const region = (cas: { id: string; Status: string }[], where: FakeData = HOLDING.instance, shared: string[] = []): FakeData =>
  place(where, { acmpca: { certificateAuthorities: ok(cas.map((ca) => ({ Arn: arn(ca.id), Status: ca.Status }))) }, acmpcaShared: { certificateAuthorities: ok(shared.map((Arn) => ({ Arn, Status: "ACTIVE" }))) } });

export default {
  rows: [
    { name: "no workloads, no CAs", check: "acmpca.private-ca", data: region([], {}), status: "not-applicable", detail: /no traffic between workloads/ },
    { name: "an active CA", check: "acmpca.private-ca", data: region([{ id: "ca-1", Status: "ACTIVE" }, { id: "ca-2", Status: "DISABLED" }]), status: "pass", resources: [arn("ca-1")] },
    { name: "a central PKI account: a CA and no workloads", check: "acmpca.private-ca", data: region([{ id: "ca-1", Status: "ACTIVE" }], {}), status: "pass", resources: [arn("ca-1")] },
    { name: "only a disabled CA", check: "acmpca.private-ca", data: region([{ id: "ca-2", Status: "DISABLED" }]), status: "fail", detail: /1 inactive one/ },
    { name: "an internal load balancer without a CA", check: "acmpca.private-ca", data: region([], HOLDING.internalLoadBalancer), status: "fail" },
    { name: "workloads using a CA the PKI account shares", check: "acmpca.private-ca", data: region([], HOLDING.instance, [SHARED]), status: "pass", detail: /shared with/, resources: [SHARED] },
    { name: "shared CAs unreadable", check: "acmpca.private-ca", data: place(HOLDING.instance, { acmpca: { certificateAuthorities: ok([]) }, acmpcaShared: { certificateAuthorities: denied("acm-pca:ListCertificateAuthorities") } }), status: "unknown" },
    { name: "CAs unreadable", check: "acmpca.private-ca", data: place({ acmpca: { certificateAuthorities: denied("acm-pca:ListCertificateAuthorities") } }), status: "unknown" },
  ],
} satisfies RowFile;
