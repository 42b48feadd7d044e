import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ClientFactory } from "./clients.js";
import { endpointFor } from "./clients.js";

/**
 * A signed AWS JSON 1.1 request for services whose SDK client the package does not ship (ACM PCA,
 * CodeBuild): two read-only calls do not justify two more client packages in every `npm create`
 * download. Only read-only operations are accepted, checked here at runtime as well as by the
 * source test. Retries throttling with backoff like the SDK does.
 */
const READ_ONLY = /^(List|Describe|Get|BatchGet)[A-Za-z0-9]*$/;

export interface JsonService {
  /** Signing name and endpoint prefix, e.g. `acm-pca`. */
  endpointPrefix: string;
  /** Key used for AWS_ENDPOINT_URL_<ID> and the client cache, e.g. `acmpca`. */
  service: string;
  /** X-Amz-Target prefix, e.g. `ACMPrivateCA`. */
  target: string;
}

export class JsonCallError extends Error {
  constructor(
    override readonly name: string,
    message: string,
    readonly $metadata: { httpStatusCode?: number },
  ) {
    super(message);
  }
}

export async function jsonCall<T>(clients: ClientFactory, svc: JsonService, operation: string, input: Record<string, unknown>): Promise<T> {
  if (!READ_ONLY.test(operation)) throw new Error(`refusing to send ${svc.service}:${operation}: not a read-only operation`);
  const base = new URL(endpointFor(svc.service, clients.config.env) ?? `https://${svc.endpointPrefix}.${clients.region}.amazonaws.com`);
  const signer = new SignatureV4({ credentials: clients.credentialSource, region: clients.region, service: svc.endpointPrefix, sha256: Hash.bind(null, "sha256") });
  const body = JSON.stringify(input);
  for (let attempt = 1; ; attempt++) {
    const request = new HttpRequest({
      protocol: base.protocol,
      hostname: base.hostname,
      port: base.port ? Number(base.port) : undefined,
      path: base.pathname,
      method: "POST",
      headers: { host: base.host, "content-type": "application/x-amz-json-1.1", "x-amz-target": `${svc.target}.${operation}`, "content-length": String(Buffer.byteLength(body)) },
      body,
    });
    const signed = (await signer.sign(request)) as HttpRequest;
    const { response } = await clients.config.handler.handle(signed);
    const text = await readBody(response.body);
    if (response.statusCode < 300) return (text ? JSON.parse(text) : {}) as T;
    let type = `HTTP${response.statusCode}`;
    let message = text.slice(0, 200);
    try {
      const parsed = JSON.parse(text) as { __type?: string; message?: string; Message?: string };
      type = (response.headers["x-amzn-errortype"] ?? parsed.__type ?? type).split(/[#:]/).filter(Boolean).pop() ?? type;
      message = parsed.message ?? parsed.Message ?? "";
    } catch {
      // An HTML page (or a 404) is never an AWS API answer: the endpoint does not serve this API.
      type = response.statusCode === 404 || /^\s*<(!doctype|html)/i.test(text) ? "SyntaxError" : type;
    }
    const throttled = /Throttl|TooManyRequests|RequestLimitExceeded/.test(type) || response.statusCode === 429;
    if (throttled && attempt < clients.config.maxAttempts) {
      await new Promise((r) => setTimeout(r, Math.min(2000, 100 * 2 ** attempt * Math.random())));
      continue;
    }
    throw new JsonCallError(type, message, { httpStatusCode: response.statusCode });
  }
}

async function readBody(body: unknown): Promise<string> {
  if (!body) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Buffer>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

export const ACM_PCA: JsonService = { endpointPrefix: "acm-pca", service: "acmpca", target: "ACMPrivateCA" };
export const CODEBUILD: JsonService = { endpointPrefix: "codebuild", service: "codebuild", target: "CodeBuild_20161006" };
