import { classifyError } from "../aws/classify.js";
import type { Got } from "../types.js";

/** An SDK error tagged with the API call that raised it, so a chain of calls reports the right one. */
class CallError extends Error {
  constructor(
    readonly call: string,
    override readonly cause: unknown,
  ) {
    super(`${call} failed`);
  }
}

/** Runs one API call, tagging any failure with its name (`service:Operation`). */
export async function call<T>(name: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (err) {
    throw err instanceof CallError ? err : new CallError(name, err);
  }
}

/**
 * Fetches one piece of service data made of the listed calls. Failures become a `Got` that says
 * why (access denied, not implemented, ...) instead of an empty value a check could mistake for
 * "nothing to worry about".
 */
export async function got<T>(calls: string[], fetch: () => Promise<T>): Promise<Got<T>> {
  try {
    return { ok: true, calls, value: await fetch() };
  } catch (err) {
    const failed = err instanceof CallError ? err.call : calls[0]!;
    const problem = classifyError(err instanceof CallError ? err.cause : err, failed);
    return { ok: false, calls, ...problem };
  }
}

/**
 * A list read only once another list turned out non-empty (a recorder's status, the configurations
 * behind associations): it fails as the first one failed, and is empty without a call when that one is.
 */
export async function gotAfter<A, T>(first: Got<A[]>, calls: string[], fetch: () => Promise<T[]>): Promise<Got<T[]>> {
  if (!first.ok) return first;
  if (!first.value.length) return { ok: true, calls: [], value: [] };
  return got(calls, fetch);
}

/** Follows a paginated list to the end (token names differ per service, so the caller maps them). */
export async function all<T>(page: (token: string | undefined) => Promise<{ items: T[] | undefined; next: string | undefined }>): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  for (let i = 0; i < 1000; i++) {
    const res = await page(token);
    items.push(...(res.items ?? []));
    if (!res.next || res.next === token) break;
    token = res.next;
  }
  return items;
}

/** True when an error is the service's way of saying "nothing configured" (e.g. NoSuchEntity). */
export function isNamed(err: unknown, ...names: string[]): boolean {
  const cause = err instanceof CallError ? err.cause : err;
  const e = cause as { name?: string; Code?: string };
  return names.includes(e?.name ?? "") || names.includes(e?.Code ?? "");
}
