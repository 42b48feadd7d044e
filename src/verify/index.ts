/**
 * Live verification, as the wizard and the CLI use it. This module is light: the AWS SDK is
 * loaded by dynamic import only when a scan (or a credential probe) actually runs, so `--help`
 * and the questionnaire never pay for it.
 */
import type { Evidence } from "../model/evidence.js";
import type { ClientHook } from "./aws/clients.js";
import { loadCheckCatalog, type CatalogPaths } from "./catalog.js";
import type { ProgressEvent } from "./scan/run.js";
import type { Shard } from "./scan/select.js";

export { readEvidenceFile } from "./evidence-file.js";
export type { ProgressEvent } from "./scan/run.js";
export type { Shard } from "./scan/select.js";

export interface VerifyOptions {
  /** Where checks/*.yaml, the questionnaires and the templates it links to are (ctx.paths). */
  paths: CatalogPaths;
  toolVersion: string;
  env: NodeJS.ProcessEnv;
  profile?: string;
  roleName?: string;
  /** Regions to scan; absent: the enabled regions of the caller. The CLI passes the answers file's regions when it has them. */
  regions?: string[];
  accounts?: string[];
  concurrency?: number;
  shard?: Shard;
  now?: Date;
  /** For tests: attach middleware to every SDK client of the scan. */
  onClient?: ClientHook;
  maxAttempts?: number;
  requestTimeoutMs?: number;
  deadlineSeconds?: number;
}

export async function runVerification(options: VerifyOptions, progress?: (e: ProgressEvent) => void): Promise<Evidence> {
  const catalog = await loadCheckCatalog(options.paths);
  const { runScan } = await import("./scan/run.js");
  return runScan({ ...options, catalog, tool: { name: "create-zero-trust", version: options.toolVersion } }, progress);
}

/**
 * Whether the standard credential chain yields credentials, within `timeoutMs` (instance metadata
 * lookups can hang off-cloud). Only says yes or no: the credentials themselves are dropped.
 */
export async function hasCredentials(env: NodeJS.ProcessEnv, opts: { profile?: string; timeoutMs?: number } = {}): Promise<boolean> {
  // The same chain the scan uses (a dynamic import of the SDK package itself loses its named exports once bundled).
  const { callerCredentials } = await import("./scan/credentials.js");
  const credentials = callerCredentials(env, opts.profile);
  if (typeof credentials !== "function") return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), opts.timeoutMs ?? 2000);
    timer.unref();
  });
  try {
    const probe = credentials().then(
      (c) => !!c.accessKeyId,
      () => false,
    );
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
