import type { DrainResult, OutboxRunner } from './outboxRunner';
import { strongerReason, type SyncReason } from './syncReason';

export interface SchedulerOptions {
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: never) => void;
  now?: () => number;
  /** Where drain failures go (the caller of `request` never sees them). */
  onError?: (error: unknown) => void;
  /** Floor for the backoff timer, so a zero jitter cannot spin drains back to back. */
  minDelayMs?: number;
}

export interface SyncScheduler {
  request(reason: SyncReason): Promise<DrainResult | undefined>;
  dispose(): void;
}

// setTimeout takes a signed 32-bit delay; anything longer fires at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Another tab (or the service worker) is sending; if it goes away mid-drain, we take over then. */
export const LOCKED_RETRY_MS = 30_000;

/**
 * Turns triggers (start, online, visible, send-now, filed, timer) into drains:
 * - at most one drain runs, and at most one more is queued behind it, whatever the number of
 *   requests meanwhile (they all share that queued drain: it will see everything filed until then);
 * - after each drain one timer is armed for the result's `nextWakeAt`, so backoff retries happen
 *   without any trigger;
 * - it never throws: errors go to `onError` and the request resolves to undefined.
 */
export function createSyncScheduler(runner: OutboxRunner, options: SchedulerOptions = {}): SyncScheduler {
  const setTimer = options.setTimer ?? ((cb: () => void, ms: number) => setTimeout(cb, ms));
  const clearTimer = options.clearTimer ?? ((handle: never) => clearTimeout(handle));
  const now = options.now ?? Date.now;
  const minDelayMs = options.minDelayMs ?? 1_000;
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // The error reporter itself failed: nothing sensible left to do.
    }
  };

  let running: Promise<DrainResult | undefined> | null = null;
  let queued: Promise<DrainResult | undefined> | null = null;
  let queuedReason: SyncReason = 'timer';
  let timer: unknown;
  let disposed = false;

  function disarm() {
    if (timer !== undefined) clearTimer(timer as never);
    timer = undefined;
  }

  function arm(result: DrainResult) {
    disarm();
    const wakeAt = result.skipped === 'locked' ? now() + LOCKED_RETRY_MS : result.nextWakeAt;
    if (disposed || wakeAt === undefined) return;
    const delay = Math.min(MAX_TIMER_MS, Math.max(minDelayMs, wakeAt - now()));
    timer = setTimer(() => {
      timer = undefined;
      void request('timer');
    }, delay);
  }

  async function run(reason: SyncReason): Promise<DrainResult | undefined> {
    try {
      const result = await runner.drain(reason);
      arm(result);
      return result;
    } catch (error) {
      report(error);
      return undefined;
    }
  }

  function start(reason: SyncReason): Promise<DrainResult | undefined> {
    const drain = run(reason).finally(() => {
      if (running === drain) running = null;
    });
    running = drain;
    return drain;
  }

  function request(reason: SyncReason): Promise<DrainResult | undefined> {
    if (disposed) return Promise.resolve(undefined);
    if (!running) return start(reason);
    queuedReason = queued ? strongerReason(queuedReason, reason) : reason;
    queued ??= running.then(() => {
      queued = null;
      return disposed ? undefined : start(queuedReason);
    });
    return queued;
  }

  return {
    request,
    dispose() {
      disposed = true;
      disarm();
    },
  };
}
