import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler, LOCKED_RETRY_MS, type DrainResult, type OutboxRunner } from '@/sync';

const idle: DrainResult = { delivered: 0, refused: 0, retrying: 0, paused: 0, offline: false };

/** A runner whose drains finish when the test says so: the scheduler is what is under test here. */
function controllableRunner() {
  const reasons: string[] = [];
  const pending: ((result: DrainResult) => void)[] = [];
  const runner: OutboxRunner = {
    drain(reason) {
      reasons.push(reason);
      return new Promise((resolve) => pending.push(resolve));
    },
  };
  const finishNext = async (result: DrainResult = idle) => {
    pending.shift()?.(result);
    await vi.advanceTimersByTimeAsync(0);
  };
  return { runner, reasons, finishNext, pendingCount: () => pending.length };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sync scheduler', () => {
  it('coalesces: while a drain runs, at most one more is queued', async () => {
    vi.useFakeTimers();
    const { runner, reasons, finishNext } = controllableRunner();
    const scheduler = createSyncScheduler(runner);
    const first = scheduler.request('start');
    const second = scheduler.request('online');
    const third = scheduler.request('visible');
    expect(second).toBe(third);
    expect(reasons).toEqual(['start']);
    await finishNext();
    expect(await first).toEqual(idle);
    expect(reasons).toEqual(['start', 'online']);
    await finishNext({ ...idle, delivered: 1 });
    expect(await third).toMatchObject({ delivered: 1 });
    expect(reasons).toHaveLength(2);
    scheduler.dispose();
  });

  it('a queued drain keeps the most telling reason of the requests it stands for', async () => {
    vi.useFakeTimers();
    const { runner, reasons, finishNext } = controllableRunner();
    const scheduler = createSyncScheduler(runner);
    void scheduler.request('filed');
    void scheduler.request('timer');
    void scheduler.request('send-now');
    void scheduler.request('visible');
    await finishNext();
    expect(reasons).toEqual(['filed', 'send-now']);
    await finishNext();
    scheduler.dispose();
  });

  it('when another tab holds the lock, tries again later in case that tab goes away', async () => {
    vi.useFakeTimers();
    const { runner, reasons, finishNext } = controllableRunner();
    const scheduler = createSyncScheduler(runner);
    void scheduler.request('start');
    await finishNext({ ...idle, skipped: 'locked' });
    await vi.advanceTimersByTimeAsync(LOCKED_RETRY_MS);
    expect(reasons).toEqual(['start', 'timer']);
    await finishNext();
    scheduler.dispose();
  });

  it('arms one timer at nextWakeAt and drains by itself when it fires', async () => {
    vi.useFakeTimers();
    const now = Date.now();
    const { runner, reasons, finishNext } = controllableRunner();
    const scheduler = createSyncScheduler(runner);
    void scheduler.request('start');
    await finishNext({ ...idle, retrying: 1, nextWakeAt: now + 30_000 });
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(reasons).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(1);
    expect(reasons).toEqual(['start', 'timer']);
    // A new result re-arms rather than stacking timers.
    await finishNext({ ...idle, nextWakeAt: now + 60_000 });
    void scheduler.request('online');
    await finishNext({ ...idle, nextWakeAt: now + 90_000 });
    expect(vi.getTimerCount()).toBe(1);
    scheduler.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never throws to the caller; errors go to onError', async () => {
    const onError = vi.fn();
    const boom = new Error('boom');
    const scheduler = createSyncScheduler({ drain: () => Promise.reject(boom) }, { onError });
    await expect(scheduler.request('send-now')).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(boom);
    // And it is not stuck: the next request drains again.
    await expect(scheduler.request('send-now')).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('uses the injected timer functions and a floor on the delay', async () => {
    const setTimer = vi.fn((_cb: () => void, _ms: number) => 42);
    const clearTimer = vi.fn();
    const scheduler = createSyncScheduler(
      { drain: () => Promise.resolve({ ...idle, nextWakeAt: 0 }) },
      { setTimer, clearTimer, now: () => 1_000 },
    );
    await scheduler.request('start');
    expect(setTimer).toHaveBeenCalledWith(expect.any(Function), 1_000);
    scheduler.dispose();
    expect(clearTimer).toHaveBeenCalledWith(42);
    await expect(scheduler.request('start')).resolves.toBeUndefined();
  });
});
