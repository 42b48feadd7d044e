import { setMaxListeners } from "node:events";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { HttpHandlerOptions } from "@smithy/types";
import { Semaphore } from "../scan/semaphore.js";

/**
 * One HTTP handler shared by every client of a scan: one connection pool, and a cap on requests in
 * flight across all accounts and regions, so a wide org cannot open thousands of sockets at once.
 * Clients must not be destroyed one by one (that would destroy this shared handler): call
 * `close()` once when the scan ends.
 */
export class LimitedHandler {
  readonly metadata = { handlerProtocol: "http/1.1" };
  private readonly inner: NodeHttpHandler;
  private readonly slots: Semaphore;
  /** Aborted when the scan's deadline passes: requests in flight end, new ones are refused. */
  private readonly stop = new AbortController();

  constructor(limit: number, timeouts: { connectionTimeout: number; requestTimeout: number }) {
    // Without throwOnRequestTimeout the handler only logs a warning and a silent endpoint hangs the scan.
    this.inner = new NodeHttpHandler({ ...timeouts, throwOnRequestTimeout: true, httpAgent: { keepAlive: true, maxSockets: limit }, httpsAgent: { keepAlive: true, maxSockets: limit } });
    this.slots = new Semaphore(limit);
    // Every request in flight listens on the scan's one signal (and stops listening when it ends).
    setMaxListeners(0, this.stop.signal);
  }

  async handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    return this.slots.run(() => {
      if (this.stop.signal.aborted) throw this.stop.signal.reason as Error;
      const own = options?.abortSignal as AbortSignal | undefined;
      return this.inner.handle(request, { ...options, abortSignal: own ? AbortSignal.any([own, this.stop.signal]) : this.stop.signal });
    });
  }

  /** Ends every request in flight and refuses new ones with `reason` (an error named AbortError). */
  abort(reason: string): void {
    this.stop.abort(Object.assign(new Error(reason), { name: "AbortError" }));
  }

  updateHttpClientConfig(key: never, value: never): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs() {
    return this.inner.httpHandlerConfigs();
  }

  /** Called by each client's destroy(); the pool outlives single clients. */
  destroy(): void {}

  close(): void {
    this.inner.destroy();
  }
}
