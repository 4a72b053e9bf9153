/**
 * When to try again: the backoff and the server's Retry-After. Which failures are retried at all is
 * the delivery policy (./deliveryPolicy.ts).
 */

export const BACKOFF_BASE_MS = 2_000;
/** docs/design.md, "Sync": full jitter, capped at 5 minutes. */
export const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * "Full jitter" (AWS Architecture Blog, "Exponential Backoff And Jitter", 2015): a uniform delay in
 * [0, min(cap, base·2^attempt)), which spreads a crowd of devices coming back online at once.
 * A server's Retry-After is a floor: we never come back sooner than it asked.
 * `random` is injected so tests are deterministic.
 */
export function backoffDelayMs(
  attempt: number,
  random: () => number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt));
  const jittered = Math.floor(random() * ceiling);
  if (retryAfterMs === undefined) return jittered;
  return Math.min(BACKOFF_CAP_MS, Math.max(jittered, retryAfterMs));
}

/** RFC 9110 §10.2.3: Retry-After is either delay-seconds or an HTTP-date. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}
