/**
 * Turns an SDK error into the reason a check could not be evaluated. `unknown` means the account
 * would not or could not tell us (access denied, API not implemented by the endpoint, service not
 * enabled); `error` means something broke on the way (timeouts, throttling past retries, network).
 * Neither is ever a pass.
 */
export interface Problem {
  status: "unknown" | "error";
  reason: string;
}

const ACCESS_DENIED = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "AuthorizationError",
  "AuthorizationErrorException",
  "UnauthorizedException",
  "Forbidden",
]);
const NOT_ENABLED = new Set(["OptInRequired", "SubscriptionRequiredException", "AWSOrganizationsNotInUseException"]);
const REJECTED = new Set(["UnrecognizedClientException", "InvalidClientTokenId", "AuthFailure", "InvalidAccessKeyId", "ExpiredToken", "ExpiredTokenException", "SignatureDoesNotMatch"]);
const THROTTLED = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded", "SlowDown", "ProvisionedThroughputExceededException"]);
const TIMEOUT = new Set(["TimeoutError", "RequestTimeout", "RequestTimeoutException", "AbortError"]);
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ETIMEDOUT", "EPIPE"]);

export function errorName(err: unknown): string {
  const e = err as { name?: string; Code?: string; code?: string };
  return e?.Code ?? e?.name ?? "Error";
}

export function errorStatus(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

export function classifyError(err: unknown, call: string): Problem {
  const name = errorName(err);
  const message = oneLine((err as Error)?.message ?? String(err));
  const http = errorStatus(err);
  const code = (err as NodeJS.ErrnoException)?.code;
  // Before the generic 403 rule: STS answers a rejected token with 403, and that is not a permission problem.
  if (REJECTED.has(name)) return { status: "error", reason: `${call}: credentials rejected or region not enabled (${name})` };
  if (ACCESS_DENIED.has(name) || http === 403) return { status: "unknown", reason: `access denied to ${call}: ${message || name}` };
  if (NOT_ENABLED.has(name)) return { status: "unknown", reason: `${call}: service not enabled (${name})` };
  if (THROTTLED.has(name)) return { status: "error", reason: `${call}: still throttled after retries (${name})` };
  if (TIMEOUT.has(name) || code === "ETIMEDOUT" || /timed? ?out/i.test(message)) return { status: "error", reason: `${call}: timed out` };
  if (code && NETWORK_CODES.has(code)) return { status: "error", reason: `${call}: network error ${code}` };
  if (name === "TypeError" || /Deserialization error|Expected .* but/i.test(message))
    return { status: "unknown", reason: `${call}: the endpoint's answer could not be read (${http ? `HTTP ${http}, ` : ""}${name}: ${message})` };
  // Endpoints that do not implement an API (moto, partitions without the service) answer 404/501
  // or with a body the SDK cannot parse.
  if (name === "NotImplementedByEndpoint" || name === "SyntaxError" || /XML parse error|Deserialization error|not (yet )?implemented|Unexpected token|UnknownOperation|InvalidAction/i.test(`${name} ${message}`) || http === 404 || http === 501 || (http === 500 && name === "Error"))
    return { status: "unknown", reason: `${call} is not available at this endpoint (${http ? `HTTP ${http}, ` : ""}${name})` };
  return { status: "error", reason: `${call} failed: ${name}${message && message !== name ? `: ${message}` : ""}` };
}

export type ProblemKind = "network" | "credential" | "permission" | "service";

/**
 * What kind of failure a reason made by classifyError (or the scan's own messages) describes, so a
 * person knows where to look: the network, the credentials, the role's permissions, or the service.
 */
export function problemKind(reason: string): ProblemKind {
  if (/timed out|network error|--deadline|ECONN|ENOTFOUND|EAI_AGAIN/i.test(reason)) return "network";
  if (/credentials rejected|no AWS credentials|ExpiredToken|CredentialsProviderError|could not load credentials/i.test(reason)) return "credential";
  if (/access denied|not authorized/i.test(reason)) return "permission";
  return "service";
}

/** What to do about each kind of failure, for the one line that reports it. */
export const ADVICE: Record<ProblemKind, string> = {
  network: "Check the network connection, a proxy or AWS_ENDPOINT_URL",
  credential: "Check the AWS credentials (AWS_PROFILE, --profile, environment variables, SSO login)",
  permission: "Grant the role read-only access (the SecurityAudit and ViewOnlyAccess managed policies)",
  service: "Try again later; if it persists, run verify alone to see each failing call",
}

const oneLine = (s: string) =>
  s
    .replace(/\s*Deserialization error: to see the raw response.*$/s, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 300);
