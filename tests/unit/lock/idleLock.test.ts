import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleCountdown, type IdlePhase } from '@/features/kiosk/idleCountdown';
import { settleWrites, trackWrite } from '@/state/pendingWrites';

/**
 * The mediator's idle lock reuses the kiosk's clock with no countdown (src/features/lock/IdleLock.tsx):
 * the person at the tablet may not be its mediator, so nobody is asked "still there?".
 */
let phases: IdlePhase[];
let locks: number;

beforeEach(() => {
  vi.useFakeTimers();
  phases = [];
  locks = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

const lockAfter = (minutes: number) =>
  createIdleCountdown({ idleMs: minutes * 60_000, countdownSeconds: 0, onChange: (p) => phases.push(p), onExpire: () => locks++ });

describe('mediator idle lock', () => {
  it('locks exactly at the idle time, with no countdown phase, then watches again', () => {
    const clock = lockAfter(5);
    vi.advanceTimersByTime(5 * 60_000 - 1);
    expect(locks).toBe(0);
    vi.advanceTimersByTime(1);
    expect(locks).toBe(1);
    expect(phases.some((p) => p.phase === 'countdown')).toBe(false);
    expect(clock.state()).toEqual({ phase: 'active' });
    vi.advanceTimersByTime(5 * 60_000);
    expect(locks).toBe(2);
    clock.dispose();
  });

  it('input postpones the lock by a whole idle period', () => {
    const clock = lockAfter(1);
    vi.advanceTimersByTime(50_000);
    clock.activity();
    vi.advanceTimersByTime(50_000);
    expect(locks).toBe(0);
    vi.advanceTimersByTime(10_000);
    expect(locks).toBe(1);
    clock.dispose();
  });
});

describe('writes on their way when locking', () => {
  it('settles only once every tracked write, failed or not, has landed', async () => {
    vi.useRealTimers();
    const order: string[] = [];
    let finish: () => void = () => undefined;
    void trackWrite(new Promise<void>((resolve) => (finish = resolve)).then(() => order.push('save')));
    trackWrite(Promise.reject(new Error('full'))).catch(() => undefined);
    const settled = settleWrites().then(() => order.push('settled'));
    await Promise.resolve();
    expect(order).toEqual([]);
    finish();
    await settled;
    expect(order).toEqual(['save', 'settled']);
  });
});
