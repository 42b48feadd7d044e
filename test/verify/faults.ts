import { Readable } from "node:stream";
import { HttpResponse } from "@smithy/protocol-http";
import type { ClientHook } from "../../src/verify/aws/clients.js";

/**
 * Fault injection between the SDK client and moto: an SDK middleware placed just below the
 * deserializer answers chosen calls with a protocol-correct error response, so the SDK raises its
 * real typed exception and runs its real retry logic. Everything else goes to moto unchanged.
 */
export interface FaultRule {
  service: string;
  /** Command class name, e.g. `ListDetectorsCommand`. */
  command: string;
  accountId?: string;
  region?: string;
  match?: (input: Record<string, unknown>) => boolean;
  /** Answer only the first N matching requests (retries included); then pass through. */
  times?: number;
  respond: () => { statusCode: number; headers: Record<string, string>; body: string };
}

export interface Faults {
  hook: ClientHook;
  /** Requests each rule answered. */
  hits: number[];
}

export function injectFaults(rules: FaultRule[]): Faults {
  const hits = rules.map(() => 0);
  const hook: ClientHook = (client, info) => {
    const mine = rules.map((r, i) => ({ r, i })).filter(({ r }) => r.service === info.service && (!r.accountId || r.accountId === info.accountId) && (!r.region || r.region === info.region));
    if (!mine.length) return;
    const middleware = (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: { input: Record<string, unknown> }) => {
      const hit = mine.find(({ r, i }) => r.command === context.commandName && (!r.match || r.match(args.input)) && (r.times === undefined || hits[i]! < r.times));
      if (!hit) return next(args);
      hits[hit.i]!++;
      const { statusCode, headers, body } = hit.r.respond();
      return { response: new HttpResponse({ statusCode, headers, body: Readable.from([Buffer.from(body)]) }) };
    };
    (client.middlewareStack.add as unknown as (m: unknown, o: unknown) => void)(middleware, { step: "deserialize", priority: "low", name: `fault-${info.service}` });
  };
  return { hook, hits };
}

export const queryError = (status: number, code: string, message: string) => () => ({
  statusCode: status,
  headers: { "content-type": "text/xml" },
  body: `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fault</RequestId></ErrorResponse>`,
});

export const jsonError = (status: number, type: string, message: string) => () => ({
  statusCode: status,
  headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-errortype": type },
  body: JSON.stringify({ __type: type, message }),
});

export const htmlPage = (status: number) => () => ({ statusCode: status, headers: { "content-type": "text/html; charset=utf-8" }, body: "<!doctype html><title>Not Implemented</title>" });
