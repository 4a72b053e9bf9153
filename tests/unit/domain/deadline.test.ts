import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  dayNumber,
  filingDeadline,
  isoFromDayNumber,
  onTimeBeatsComplete,
  type DeadlineInput,
  type DeadlineRule,
  type DeadlineVerdict,
} from '@/domain';

const R120: DeadlineRule = { kind: 'renewal-120-60' };
const TWO_MONTHS: DeadlineRule = { kind: 'renewal-two-months' };
const RENEW_INSTEAD: DeadlineRule = { kind: 'renew-instead-within-3-months' };

/** Midday in Paris (10:00Z is 11:00 or 12:00 in Paris): the Paris date is the ISO date given. */
const noon = (iso: string) => new Date(`${iso}T10:00:00Z`);

function verdict(
  rule: DeadlineRule,
  expiry: string,
  now: Date,
  extra: Partial<Omit<DeadlineInput, 'rule' | 'expiry' | 'now'>> = {},
): DeadlineVerdict {
  return filingDeadline({ rule, expiry, now, graceApplies: false, ...extra });
}

describe('isoFromDayNumber / addCalendarMonths', () => {
  it('day 0 is 1970-01-01', () => {
    expect(isoFromDayNumber(0)).toBe('1970-01-01');
  });
  it.each([['2025-12-31'], ['2028-02-29'], ['2026-03-29'], ['1999-12-31']])('round-trips %s through dayNumber', (iso) => {
    expect(isoFromDayNumber(dayNumber(iso) ?? Number.NaN)).toBe(iso);
  });

  it.each([
    ['2026-04-30', -2, '2026-02-28'], // 30 Feb does not exist → clamped
    ['2026-03-31', -2, '2026-01-31'],
    ['2025-12-31', 3, '2026-03-31'],
    ['2025-12-31', 6, '2026-06-30'], // 31 Jun does not exist → clamped
    ['2027-11-30', 3, '2028-02-29'], // leap year clamp
    ['2026-01-15', -2, '2025-11-15'], // crosses a year boundary backwards
    ['2026-02-30', 3, null],
  ])('%s %+i months → %s', (iso, months, expected) => {
    expect(addCalendarMonths(iso, months)).toBe(expected);
  });
});

describe('renewal-120-60 (CESEDA R. 431-5 1°)', () => {
  const EXPIRY = '2025-12-31';
  it.each<[string, string, Date, DeadlineVerdict]>([
    // docs/anef.md worked example: expiry 31 Dec 2025 → window 2 Sep – 1 Nov 2025.
    ['1 Sep: the day before the 120th day', EXPIRY, noon('2025-09-01'),
      { kind: 'too-early', opensOn: '2025-09-02', closesOn: '2025-11-01', expiresOn: EXPIRY }],
    ['2 Sep: the 120th day, window opens', EXPIRY, noon('2025-09-02'),
      { kind: 'in-window', closesOn: '2025-11-01', daysLeft: 60, expiresOn: EXPIRY }],
    ['1 Nov: the 60th day, window closes today', EXPIRY, noon('2025-11-01'),
      { kind: 'in-window', closesOn: '2025-11-01', daysLeft: 0, expiresOn: EXPIRY }],
    ['2 Nov: after the 60th day → L. 436-5 fee', EXPIRY, noon('2025-11-02'),
      { kind: 'late', expiresOn: EXPIRY }],
    ['31 Dec: expiry day, card still valid → late, not expired', EXPIRY, noon('2025-12-31'),
      { kind: 'late', expiresOn: EXPIRY }],
    // Leap year: 2028-06-28 − 120 days crosses 29 Feb 2028 — 28 (Jun) + 31 (May) + 30 (Apr) + 31 (Mar)
    // = 120 → opens exactly on 29 Feb 2028; − 60 days = 28 + 31 + 1 → 29 Apr 2028.
    ['leap year: opens on 29 Feb 2028', '2028-06-28', noon('2028-02-28'),
      { kind: 'too-early', opensOn: '2028-02-29', closesOn: '2028-04-29', expiresOn: '2028-06-28' }],
    ['leap year: 29 Feb 2028 is the 120th day', '2028-06-28', noon('2028-02-29'),
      { kind: 'in-window', closesOn: '2028-04-29', daysLeft: 60, expiresOn: '2028-06-28' }],
    // DST: expiry 26 Jul 2026 → opens 28 Mar 2026, closes 27 May 2026; the window crosses the
    // 29 Mar 2026 switch to summer time, which must not shift a day count.
    ['DST: too early on 27 Mar', '2026-07-26', noon('2026-03-27'),
      { kind: 'too-early', opensOn: '2026-03-28', closesOn: '2026-05-27', expiresOn: '2026-07-26' }],
    ['DST: 27 Mar 23:30Z is 28 Mar 00:30 in Paris (CET) → opens', '2026-07-26', new Date('2026-03-27T23:30:00Z'),
      { kind: 'in-window', closesOn: '2026-05-27', daysLeft: 60, expiresOn: '2026-07-26' }],
    ['DST: 29 Mar 00:30Z (01:30 CET, just before the switch)', '2026-07-26', new Date('2026-03-29T00:30:00Z'),
      { kind: 'in-window', closesOn: '2026-05-27', daysLeft: 59, expiresOn: '2026-07-26' }],
    ['DST: 29 Mar 22:30Z is already 30 Mar 00:30 in Paris (CEST)', '2026-07-26', new Date('2026-03-29T22:30:00Z'),
      { kind: 'in-window', closesOn: '2026-05-27', daysLeft: 58, expiresOn: '2026-07-26' }],
    // Device clock in another time zone: Paris calendar days decide, not the device's.
    ['1 Nov 23:30Z is 2 Nov 00:30 in Paris → late, not in-window', EXPIRY, new Date('2025-11-01T23:30:00Z'),
      { kind: 'late', expiresOn: EXPIRY }],
    ['1 Sep 22:30Z is 2 Sep 00:30 in Paris (CEST) → in-window', EXPIRY, new Date('2025-09-01T22:30:00Z'),
      { kind: 'in-window', closesOn: '2025-11-01', daysLeft: 60, expiresOn: EXPIRY }],
    ['1 Sep 21:59Z is still 1 Sep 23:59 in Paris → too-early', EXPIRY, new Date('2025-09-01T21:59:00Z'),
      { kind: 'too-early', opensOn: '2025-09-02', closesOn: '2025-11-01', expiresOn: EXPIRY }],
  ])('%s', (_label, expiry, now, expected) => {
    expect(verdict(R120, expiry, now)).toEqual(expected);
  });
});

describe('renewal-two-months (R. 431-5: « dans le courant des deux mois précédant l\'expiration »)', () => {
  it.each<[string, string, string, DeadlineVerdict]>([
    // 30 Apr − 2 months: 30 Feb does not exist → clamped to 28 Feb 2026.
    ['expiry 30 Apr 2026, on 27 Feb → too early, opens 28 Feb (clamped)', '2026-04-30', '2026-02-27',
      { kind: 'too-early', opensOn: '2026-02-28', closesOn: '2026-04-30', expiresOn: '2026-04-30' }],
    ['expiry 30 Apr 2026, on 28 Feb → in window', '2026-04-30', '2026-02-28',
      { kind: 'in-window', closesOn: '2026-04-30', daysLeft: 61, expiresOn: '2026-04-30' }],
    ['expiry 31 Mar 2026, on 30 Jan → too early, opens 31 Jan', '2026-03-31', '2026-01-30',
      { kind: 'too-early', opensOn: '2026-01-31', closesOn: '2026-03-31', expiresOn: '2026-03-31' }],
    ['expiry 31 Mar 2026, on 31 Jan → in window', '2026-03-31', '2026-01-31',
      { kind: 'in-window', closesOn: '2026-03-31', daysLeft: 59, expiresOn: '2026-03-31' }],
    ['expiry day itself is still in the window', '2026-03-31', '2026-03-31',
      { kind: 'in-window', closesOn: '2026-03-31', daysLeft: 0, expiresOn: '2026-03-31' }],
    ['day after expiry → expired (no "late" phase for this rule)', '2026-03-31', '2026-04-01',
      { kind: 'expired', expiredOn: '2026-03-31', daysSinceExpiry: 1, graceUntil: null,
        firstRequestRulesFrom: '2026-09-30' }],
  ])('%s', (_label, expiry, today, expected) => {
    expect(verdict(TWO_MONTHS, expiry, noon(today))).toEqual(expected);
  });
});

describe('expired card (L. 436-5 fee, L. 433-3 grace, R. 431-8 first-request rules)', () => {
  it.each<[string, string, string, boolean, DeadlineVerdict]>([
    // docs/anef.md example, 1 Jan 2026: expired yesterday; 4-year CSP / carte de résident → 3 months of grace.
    ['1 Jan 2026 with L. 433-3 grace → until 31 Mar 2026', '2025-12-31', '2026-01-01', true,
      { kind: 'expired', expiredOn: '2025-12-31', daysSinceExpiry: 1, graceUntil: '2026-03-31', firstRequestRulesFrom: '2026-06-30' }],
    ['1 Jan 2026 without grace', '2025-12-31', '2026-01-01', false,
      { kind: 'expired', expiredOn: '2025-12-31', daysSinceExpiry: 1, graceUntil: null, firstRequestRulesFrom: '2026-06-30' }],
    // Grace clamped: 30 Nov + 3 months → 28 Feb (no 30 Feb); R. 431-8: 30 Nov + 6 months → 30 May.
    ['grace from 30 Nov 2025 ends 28 Feb 2026 (clamped)', '2025-11-30', '2026-02-01', true,
      { kind: 'expired', expiredOn: '2025-11-30', daysSinceExpiry: 63, graceUntil: '2026-02-28', firstRequestRulesFrom: '2026-05-30' }],
    // R. 431-8: long past the 6 months — the dates are still reported, the UI compares.
    ['a year after expiry', '2025-03-15', '2026-03-15', true,
      { kind: 'expired', expiredOn: '2025-03-15', daysSinceExpiry: 365, graceUntil: '2025-06-15', firstRequestRulesFrom: '2025-09-15' }],
  ])('%s', (_label, expiry, today, graceApplies, expected) => {
    expect(verdict(R120, expiry, noon(today), { graceApplies })).toEqual(expected);
  });
});

describe('special cases', () => {
  it.each<[string, Partial<DeadlineInput>, DeadlineVerdict]>([
    ['R. 431-5, R. 431-8 — carte de résident longue durée-UE: no window and no late fee to compute', { longTermEuResident: true },
      { kind: 'special-case', reason: 'long-term-eu' }],
    ['flag false → computed normally', { longTermEuResident: false },
      { kind: 'in-window', closesOn: '2025-11-01', daysLeft: 30, expiresOn: '2025-12-31' }],
  ])('%s', (_label, extra, expected) => {
    expect(verdict(R120, '2025-12-31', noon('2025-10-02'), extra)).toEqual(expected);
  });

  it('special cases are checked for the renew-instead rule too', () => {
    expect(verdict(RENEW_INSTEAD, '2025-12-31', noon('2025-10-02'), { longTermEuResident: true }))
      .toEqual({ kind: 'special-case', reason: 'long-term-eu' });
  });
});

describe('R. 431-11 since décret 2025-539 — when filing on time with a gap beats filing complete but late', () => {
  it.each<[string, DeadlineVerdict, boolean]>([
    ['too early → no', { kind: 'too-early', opensOn: '2026-01-01', closesOn: '2026-03-01', expiresOn: '2026-05-01' }, false],
    ['16 days left → no', { kind: 'in-window', closesOn: '2026-03-01', daysLeft: 16, expiresOn: '2026-05-01' }, false],
    ['15 days left (the last 15 days of the window) → yes', { kind: 'in-window', closesOn: '2026-03-01', daysLeft: 15, expiresOn: '2026-05-01' }, true],
    ['last day → yes', { kind: 'in-window', closesOn: '2026-03-01', daysLeft: 0, expiresOn: '2026-05-01' }, true],
    ['late (L. 436-5 fee, no attestation) → yes', { kind: 'late', expiresOn: '2026-05-01' }, true],
    ['expired → yes', { kind: 'expired', expiredOn: '2026-05-01', daysSinceExpiry: 3, graceUntil: null, firstRequestRulesFrom: '2026-11-01' }, true],
    ['renew instead → no', { kind: 'renew-instead', expiresOn: '2026-05-01' }, false],
  ])('%s', (_label, v, expected) => {
    expect(onTimeBeatsComplete(v)).toBe(expected);
  });
});

describe('invalid dates', () => {
  it.each([['2026-02-30'], ['31/12/2025'], [''], ['2025-13-01']])('expiry %j → invalid-date', (expiry) => {
    expect(verdict(R120, expiry, noon('2026-01-01'))).toEqual({ kind: 'invalid-date' });
  });
  it('an invalid date is reported before special cases', () => {
    expect(verdict(R120, '2026-02-30', noon('2026-01-01'), { longTermEuResident: true }))
      .toEqual({ kind: 'invalid-date' });
  });
  it('an invalid `now` → invalid-date, not a crash', () => {
    expect(verdict(R120, '2025-12-31', new Date(Number.NaN))).toEqual({ kind: 'invalid-date' });
  });
});

describe('renew-instead-within-3-months (address change / duplicate, UNCONFIRMED rule)', () => {
  it.each<[string, string, string, DeadlineVerdict]>([
    ['expiry exactly today + 3 months → renew instead', '2026-03-31', '2025-12-31',
      { kind: 'renew-instead', expiresOn: '2026-03-31' }],
    ['expiry one day beyond 3 months → not concerned', '2026-03-31', '2025-12-30',
      { kind: 'not-concerned' }],
    ['today 30 Nov + 3 months = 28 Feb (clamped) → renew instead', '2026-02-28', '2025-11-30',
      { kind: 'renew-instead', expiresOn: '2026-02-28' }],
    ['today 30 Nov, expiry 1 Mar → not concerned', '2026-03-01', '2025-11-30',
      { kind: 'not-concerned' }],
    ['expiry today → renew instead', '2026-03-31', '2026-03-31',
      { kind: 'renew-instead', expiresOn: '2026-03-31' }],
    ['already expired → renew instead', '2026-03-31', '2026-05-01',
      { kind: 'renew-instead', expiresOn: '2026-03-31' }],
    ['a year ahead → not concerned', '2027-06-01', '2026-06-01',
      { kind: 'not-concerned' }],
  ])('%s', (_label, expiry, today, expected) => {
    expect(verdict(RENEW_INSTEAD, expiry, noon(today))).toEqual(expected);
  });
});
