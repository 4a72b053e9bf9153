import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleCountdown, type IdlePhase } from '@/features/kiosk/idleCountdown';

let phases: IdlePhase[];
let expired: number;

function start(idleSeconds = 120, countdownSeconds = 30) {
  return createIdleCountdown({
    idleMs: idleSeconds * 1_000,
    countdownSeconds,
    onChange: (state) => phases.push(state),
    onExpire: () => expired++,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  phases = [];
  expired = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

const seconds = (n: number) => vi.advanceTimersByTime(n * 1_000);

describe('kiosk idle countdown', () => {
  it('asks after the idle time, counts every second down, then erases once and starts over', () => {
    const clock = start(120, 3);
    seconds(119);
    expect(clock.state()).toEqual({ phase: 'active' });
    seconds(1);
    expect(clock.state()).toEqual({ phase: 'countdown', secondsLeft: 3 });
    seconds(1);
    expect(clock.state()).toEqual({ phase: 'countdown', secondsLeft: 2 });
    seconds(1);
    expect(clock.state()).toEqual({ phase: 'countdown', secondsLeft: 1 });
    expect(expired).toBe(0);
    seconds(1);
    expect(expired).toBe(1);
    expect(clock.state()).toEqual({ phase: 'active' });
    expect(phases).toEqual([
      { phase: 'countdown', secondsLeft: 3 },
      { phase: 'countdown', secondsLeft: 2 },
      { phase: 'countdown', secondsLeft: 1 },
      { phase: 'active' },
    ]);
    // A new idle period for the next person.
    seconds(119);
    expect(clock.state()).toEqual({ phase: 'active' });
    seconds(1);
    expect(clock.state().phase).toBe('countdown');
    clock.dispose();
  });

  it('any input restarts the idle time', () => {
    const clock = start(120, 30);
    seconds(100);
    clock.activity();
    seconds(100);
    expect(clock.state()).toEqual({ phase: 'active' });
    clock.activity();
    seconds(119);
    expect(clock.state()).toEqual({ phase: 'active' });
    seconds(1);
    expect(clock.state().phase).toBe('countdown');
    clock.dispose();
  });

  it('input during the countdown does not answer it; "still here" does', () => {
    const clock = start(10, 5);
    seconds(12);
    expect(clock.state()).toEqual({ phase: 'countdown', secondsLeft: 3 });
    clock.activity();
    seconds(1);
    expect(clock.state()).toEqual({ phase: 'countdown', secondsLeft: 2 });
    clock.stillHere();
    expect(clock.state()).toEqual({ phase: 'active' });
    seconds(9);
    expect(expired).toBe(0);
    expect(clock.state()).toEqual({ phase: 'active' });
    seconds(1);
    expect(clock.state()).toEqual({ phase: 'countdown', secondsLeft: 5 });
    clock.dispose();
  });

  it('a late timer (a busy phone) does not stretch the countdown', () => {
    vi.setSystemTime(0);
    const clock = start(10, 5);
    seconds(10);
    // The page was frozen for 3.5 s: the next tick shows the true seconds left.
    vi.setSystemTime(Date.now() + 3_500);
    seconds(1);
    expect(clock.state()).toEqual({ phase: 'countdown', secondsLeft: 1 });
    seconds(1);
    expect(expired).toBe(1);
    clock.dispose();
  });

  it('stops for good once disposed', () => {
    const clock = start(1, 1);
    clock.dispose();
    seconds(10);
    clock.stillHere();
    seconds(10);
    expect(phases).toEqual([]);
    expect(expired).toBe(0);
  });
});
