import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
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

/** What the proxy does with one request: forward it to moto, never answer, or answer this instead. */
export type ProxyRule = (req: { service: string; region: string; action: string }) => "forward" | "hang" | { statusCode: number; headers: Record<string, string>; body: string };

export interface FaultProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A loopback HTTP proxy in front of moto, for faults an SDK middleware cannot fake: a silent
 * endpoint (real sockets, real timeouts) and failures seen by the CLI, which takes no hooks. The
 * service comes from the SigV4 credential scope, the action from X-Amz-Target or Action=.
 */
export async function startFaultProxy(target: string, rule: ProxyRule): Promise<FaultProxy> {
  const open = new Set<import("node:net").Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const [, region = "", service = ""] = /Credential=[^/]+\/[^/]+\/([^/]+)\/([^/]+)\//.exec(String(req.headers.authorization)) ?? [];
      const action = String(req.headers["x-amz-target"] ?? "").split(".").pop() || /(?:^|&)Action=([A-Za-z0-9]+)/.exec(body.toString())?.[1] || `${req.method} ${req.url}`;
      const what = rule({ service, region, action });
      if (what === "hang") return;
      if (what !== "forward") return void res.writeHead(what.statusCode, what.headers).end(what.body);
      const upstream = request(new URL(req.url ?? "/", target), { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on("error", () => res.destroy());
      upstream.end(body);
    });
  });
  server.on("connection", (s) => {
    open.add(s);
    s.on("close", () => open.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}
