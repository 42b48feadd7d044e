/**
 * Endpoints that lack an operation (moto, partial partitions, proxies) answer with an HTML error
 * page. The SDK would treat a 5xx as transient and retry it with backoff for seconds; an HTML page
 * is never an AWS API answer, so stop at once with an error the classifier reports as "not
 * available at this endpoint". The status code is kept in the message, not in $metadata, so the
 * retry strategy does not count it as a server error.
 */
type Next = (args: unknown) => Promise<{ response: unknown }>;

export class NotImplementedByEndpoint extends Error {
  override readonly name = "NotImplementedByEndpoint";
}

export const endpointGapMiddleware = (next: Next) => async (args: unknown) => {
  const result = await next(args);
  const response = result.response as { statusCode?: number; headers?: Record<string, string>; body?: { resume?: () => void } };
  const status = response?.statusCode ?? 0;
  const type = Object.entries(response?.headers ?? {}).find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? "";
  if ((status === 404 || status === 500 || status === 501) && /text\/html/i.test(type)) {
    response.body?.resume?.();
    throw new NotImplementedByEndpoint(`the endpoint answered HTTP ${status} with an HTML page`);
  }
  return result;
};
