import { describe, expect, it } from 'vitest';
import {
  IDLE_RELOCK_MS,
  MAX_FAILED_ATTEMPTS,
  checkCode,
  lockoutAfter,
  normalizeCode,
  waitBeforeNextAttempt,
} from '@/storage/crypto';

describe('checkCode', () => {
  it.each(['482915', '123457', '100000', '20061990', '941 275'])('accepts %s', (code) => {
    expect(checkCode(code)).toEqual({ ok: true, code: code.replace(' ', '') });
  });

  it.each([
    ['12345', 'too-short'],
    ['', 'too-short'],
    ['1234567890123', 'too-long'],
    ['12a456', 'not-digits'],
    ['4829-15', 'not-digits'],
    ['000000', 'trivial'],
    ['1111111', 'trivial'],
    ['121212', 'trivial'],
    ['123123', 'trivial'],
    ['123456', 'trivial'],
    ['654321', 'trivial'],
    ['012345', 'trivial'],
    ['890123', 'trivial'],
    ['0123456789', 'trivial'],
  ])('refuses %s (%s)', (code, reason) => {
    expect(checkCode(code)).toEqual({ ok: false, reason });
  });
});

describe('normalizeCode', () => {
  // ICU's digits for each numbering system are the reference, not a table of ours.
  it.each(['latn', 'arab', 'arabext', 'beng', 'deva', 'tamldec', 'fullwide', 'mathbold'])(
    'reads the %s digits as ASCII',
    (numberingSystem) => {
      const format = new Intl.NumberFormat(`en-u-nu-${numberingSystem}`, { useGrouping: false });
      const digits = Array.from({ length: 10 }, (_, d) => format.format(d)).join('');
      expect(normalizeCode(digits)).toBe('0123456789');
    },
  );

  it('lets a code set on one keyboard open from another', () => {
    expect(normalizeCode('٤٨٢٩١٥')).toBe('482915');
    expect(checkCode('۴۸۲ ۹۱۵')).toEqual({ ok: true, code: '482915' });
  });
});

describe('lockoutAfter', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 30_000],
    [5, 60_000],
    [6, 120_000],
    [7, 300_000],
    [8, 600_000],
    [9, 1_800_000],
  ])('after %i wrong codes, waits %i ms', (failures, delayMs) => {
    expect(lockoutAfter(failures)).toEqual({ delayMs, wipe: false, attemptsLeft: MAX_FAILED_ATTEMPTS - failures });
  });

  it('never shortens the wait as failures grow', () => {
    const delays = Array.from({ length: MAX_FAILED_ATTEMPTS }, (_, n) => lockoutAfter(n).delayMs);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
  });

  it('wipes at the 10th wrong code, and after', () => {
    expect(MAX_FAILED_ATTEMPTS).toBe(10);
    expect(lockoutAfter(9)).toMatchObject({ wipe: false, attemptsLeft: 1 });
    expect(lockoutAfter(10)).toEqual({ delayMs: 0, wipe: true, attemptsLeft: 0 });
    expect(lockoutAfter(25).wipe).toBe(true);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s as a count', (failures) => {
    expect(() => lockoutAfter(failures)).toThrow(RangeError);
  });
});

describe('waitBeforeNextAttempt', () => {
  const at = Date.parse('2026-11-27T10:00:00Z');
  it('counts down from the last failure', () => {
    expect(waitBeforeNextAttempt(4, at, at)).toBe(30_000);
    expect(waitBeforeNextAttempt(4, at, at + 10_000)).toBe(20_000);
    expect(waitBeforeNextAttempt(4, at, at + 45_000)).toBe(0);
    expect(waitBeforeNextAttempt(2, at, at)).toBe(0);
  });
  it('restarts the wait when the clock was set back', () => {
    expect(waitBeforeNextAttempt(7, at, at - 24 * 3_600_000)).toBe(300_000);
  });
});

it('re-locks after 15 minutes idle (Aidants Connect)', () => {
  expect(IDLE_RELOCK_MS).toBe(15 * 60 * 1000);
});
