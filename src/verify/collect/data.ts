// Collectors for the data pillar's services: KMS, Lake Formation, Macie (S3 lives in s3.ts).
import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient, ListKeysCommand, type KeyMetadata } from "@aws-sdk/client-kms";
import { GetDataLakeSettingsCommand, LakeFormationClient } from "@aws-sdk/client-lakeformation";
import { GetMacieSessionCommand, Macie2Client } from "@aws-sdk/client-macie2";
import type { ClientFactory } from "../aws/clients.js";
import { parsePolicy, type Statement } from "../policy.js";
import { mapLimit } from "../scan/semaphore.js";
import { all, call, got, isNamed } from "./fetch.js";

export interface KmsKey {
  metadata: KeyMetadata;
  /** Null where rotation does not apply (AWS managed, asymmetric, imported or disabled keys). */
  rotationEnabled: boolean | null;
  /** The key policy's statements (customer managed keys; empty for AWS managed ones). */
  policy: Statement[];
}

export async function collectKms(clients: ClientFactory) {
  const kms = clients.get("kms", KMSClient);
  const keys = await got(["kms:ListKeys", "kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:GetKeyPolicy"], async (): Promise<KmsKey[]> => {
    const ids = await all(async (Marker) => {
      const r = await call("kms:ListKeys", () => kms.send(new ListKeysCommand({ Marker, Limit: 1000 })));
      return { items: r.Keys, next: r.Truncated ? r.NextMarker : undefined };
    });
    return mapLimit(ids, 4, async (k) => {
      const metadata: KeyMetadata = (await call("kms:DescribeKey", () => kms.send(new DescribeKeyCommand({ KeyId: k.KeyId })))).KeyMetadata ?? ({} as KeyMetadata);
      const rotatable = metadata.KeyManager === "CUSTOMER" && metadata.KeyState === "Enabled" && (metadata.KeySpec ?? "SYMMETRIC_DEFAULT") === "SYMMETRIC_DEFAULT" && metadata.Origin !== "EXTERNAL";
      const rotationEnabled = rotatable ? (await call("kms:GetKeyRotationStatus", () => kms.send(new GetKeyRotationStatusCommand({ KeyId: k.KeyId })))).KeyRotationEnabled === true : null;
      const policy = metadata.KeyManager === "CUSTOMER" ? parsePolicy((await call("kms:GetKeyPolicy", () => kms.send(new GetKeyPolicyCommand({ KeyId: k.KeyId, PolicyName: "default" })))).Policy) : [];
      return { metadata, rotationEnabled, policy };
    });
  });
  return { keys };
}

export async function collectLakeFormation(clients: ClientFactory) {
  const lf = clients.get("lakeformation", LakeFormationClient);
  const settings = await got(["lakeformation:GetDataLakeSettings"], async () => (await call("lakeformation:GetDataLakeSettings", () => lf.send(new GetDataLakeSettingsCommand({})))).DataLakeSettings ?? null);
  return { settings };
}

export async function collectMacie2(clients: ClientFactory) {
  const macie = clients.get("macie2", Macie2Client);
  const status = await got(["macie2:GetMacieSession"], async (): Promise<string> => {
    try {
      return (await call("macie2:GetMacieSession", () => macie.send(new GetMacieSessionCommand({})))).status ?? "UNKNOWN";
    } catch (err) {
      // Macie answers AccessDenied "Macie is not enabled" (or ResourceNotFound once disabled) for accounts without it.
      const message = String((err as { cause?: Error }).cause?.message ?? (err as Error).message);
      if (isNamed(err, "ResourceNotFoundException") || (isNamed(err, "AccessDeniedException") && /not enabled/i.test(message))) return "DISABLED";
      throw err;
    }
  });
  return { status };
}
