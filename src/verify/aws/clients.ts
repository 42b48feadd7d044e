import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from "@smithy/types";
import { endpointGapMiddleware } from "./endpoint-gap.js";
import type { LimitedHandler } from "./limited-handler.js";

export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** What tests (and power users) may attach to every client a scan creates, e.g. an SDK middleware. */
export type ClientHook = (client: { middlewareStack: { add: (...args: never[]) => unknown } }, info: { service: string; accountId: string; region: string }) => void;

export interface ClientSettings {
  handler: LimitedHandler;
  /** AWS_ENDPOINT_URL (or a per-service AWS_ENDPOINT_URL_<SERVICE>) from the environment the CLI was given. */
  env: NodeJS.ProcessEnv;
  maxAttempts: number;
  onClient?: ClientHook;
  /** Scan-wide answers that do not depend on the asking account (see ClientFactory.shared). */
  shared?: Map<string, Promise<unknown>>;
}

// The SDK client constructors share this shape; typing it loosely keeps the factory generic.
type ClientCtor<C> = new (config: Record<string, unknown>) => C;

/**
 * Creates (once) the SDK clients of one account and region. Every client gets the shared HTTP
 * handler, the SDK's adaptive retry mode and the test hook; credentials are handed to the SDK and
 * never stored anywhere else.
 */
export class ClientFactory {
  private readonly cache = new Map<string, unknown>();

  constructor(
    readonly accountId: string,
    readonly region: string,
    private readonly credentials: Credentials,
    private readonly settings: ClientSettings,
  ) {}

  get<C extends object>(service: string, Ctor: ClientCtor<C>, extra: Record<string, unknown> = {}): C {
    const key = `${service}@${this.region}`;
    let client = this.cache.get(key) as C | undefined;
    if (!client) {
      const endpoint = endpointFor(service, this.settings.env);
      client = new Ctor({
        region: this.region,
        credentials: this.credentials,
        retryMode: "adaptive",
        maxAttempts: this.settings.maxAttempts,
        requestHandler: this.settings.handler,
        ...(endpoint ? { endpoint } : {}),
        ...(endpoint && service === "s3" ? { forcePathStyle: true } : {}),
        // S3 Control puts the account id in the host name, which a custom endpoint cannot serve.
        ...(endpoint && service === "s3control" ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {}),
        ...extra,
      });
      (client as { middlewareStack: { add: (m: unknown, o: unknown) => void } }).middlewareStack.add(endpointGapMiddleware, { step: "deserialize", priority: "low", name: "endpointGap" });
      this.settings.onClient?.(client as never, { service, accountId: this.accountId, region: this.region });
      this.cache.set(key, client);
    }
    return client;
  }

  /** Same account, another region (global services live in one region; org checks span regions). */
  inRegion(region: string): ClientFactory {
    return region === this.region ? this : new ClientFactory(this.accountId, region, this.credentials, this.settings);
  }

  /**
   * A fact about one resource that every account would read alike (an organization trail's status,
   * seen from each member account): fetched once per scan by whichever account asks first. Only
   * successes are shared; an account whose shared answer failed asks for itself.
   */
  async shared<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    const memo = this.settings.shared;
    if (!memo) return fetch();
    const known = memo.get(key) as Promise<T> | undefined;
    if (known) return known.catch(() => fetch());
    const p = fetch();
    memo.set(key, p);
    p.catch(() => memo.delete(key));
    return p;
  }

  get credentialSource(): Credentials {
    return this.credentials;
  }

  get config(): ClientSettings {
    return this.settings;
  }
}

const ENV_SERVICE_IDS: Record<string, string> = {
  s3control: "S3_CONTROL",
  ssoadmin: "SSO_ADMIN",
  networkfirewall: "NETWORK_FIREWALL",
  config: "CONFIG_SERVICE",
  elbv2: "ELASTIC_LOAD_BALANCING_V2",
  eventbridge: "EVENTBRIDGE",
  acmpca: "ACM_PCA",
  resourceexplorer2: "RESOURCE_EXPLORER_2",
};

export function endpointFor(service: string, env: NodeJS.ProcessEnv): string | undefined {
  const id = ENV_SERVICE_IDS[service] ?? service.toUpperCase();
  return env[`AWS_ENDPOINT_URL_${id}`] || env.AWS_ENDPOINT_URL || undefined;
}
