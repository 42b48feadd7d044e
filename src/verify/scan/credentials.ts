import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import type { ClientFactory, Credentials } from "../aws/clients.js";

/**
 * The caller's credentials from the standard chain (env vars, AWS_PROFILE / --profile, SSO,
 * web identity, container and instance roles). Keys passed in the CLI's environment are used
 * directly so an embedding program can scan without touching process.env. Nothing here is ever
 * written or logged.
 */
export function callerCredentials(env: NodeJS.ProcessEnv, profile?: string): Credentials {
  if (!profile && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY)
    return { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
  return fromNodeProviderChain(profile ? { profile } : {});
}

/** Temporary credentials for one member account, from the caller's STS client; kept in memory only. */
export async function assumeRole(caller: ClientFactory, roleArn: string): Promise<Credentials> {
  const sts = caller.get("sts", STSClient);
  const r = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "create-zero-trust-verify", DurationSeconds: 3600 }));
  const c = r.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error(`AssumeRole ${roleArn} returned no credentials`);
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
}
