import { describe, expect, it } from 'vitest';
import { dayNumber, fieldRule, normalizeAnswer, todayInParis, type FieldKind } from '@/domain';

const now = () => new Date('2026-11-26T10:00:00Z');

function firstError(kind: FieldKind, value: string, required = true, options?: string[]): string | null {
  const result = fieldRule(kind, { required, options, now }).safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'unknown');
}

describe('field rules', () => {
  it.each<[FieldKind, string, string | null]>([
    // Numéro étranger: 10 digits, 9 on older cards (docs/anef.md: accept both).
    ['foreigner-number', '1234567890', null],
    ['foreigner-number', '123456789', null],
    ['foreigner-number', '12345678', 'foreigner-number-format'],
    ['foreigner-number', '12345678901', 'foreigner-number-format'],
    ['foreigner-number', '12345678A', 'foreigner-number-format'],
    ['foreigner-number', '', 'required'],
    ['postcode', '75011', null],
    ['postcode', '97400', null],
    ['postcode', '7501', 'postcode-format'],
    ['name', 'Nguyễn Thị', null],
    ['name', "N'Diaye-Ba", null],
    // As on the passport's Latin line: another script gets its own message (issue 13).
    ['name', 'بن علي', 'name-latin'],
    ['name', 'Иванов', 'name-latin'],
    ['name', 'N’Diaye', null],
    ['name', 'R2D2', 'name-format'],
    ['date-past', '1990-02-28', null],
    ['date-past', '1990-02-30', 'date-invalid'],
    ['date-past', '2027-01-01', 'date-not-past'],
    ['date-expiry', '2026-12-31', null],
    ['date-expiry', '2025-11-30', null], // expired a year ago: still plausible, the deadline engine judges it
    ['date-expiry', '2062-01-01', 'date-implausible'],
    ['count', '0', null],
    ['count', '20', null],
    ['count', '21', 'count-invalid'],
    ['count', '-1', 'count-invalid'],
    ['text', 'x'.repeat(201), 'too-long'],
  ])('%s %j → %s', (kind, value, expected) => {
    expect(firstError(kind, value)).toBe(expected);
  });

  it('accepts an empty optional field', () => {
    expect(firstError('postcode', '', false)).toBeNull();
  });

  it('accepts only the listed choices', () => {
    expect(firstError('choice', 'hotel', true, ['own-home', 'hotel'])).toBeNull();
    expect(firstError('choice', 'castle', true, ['own-home', 'hotel'])).toBe('choice-invalid');
  });

  it('normalises what people type', () => {
    expect(normalizeAnswer('foreigner-number', ' 12 34 56 78 90 ')).toBe('1234567890');
    expect(normalizeAnswer('name', '  Ben   Ali ')).toBe('Ben Ali');
  });
});

describe('calendar dates', () => {
  it('counts days without time zones', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-02-29')).not.toBeNull(); // leap year
    expect(dayNumber('2025-02-29')).toBeNull();
  });
  it('gives the Paris date, not the device date', () => {
    // 23:30 UTC on 26 Nov is already 27 Nov in Paris (UTC+1 in winter).
    expect(todayInParis(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (UTC+2 in summer).
    expect(todayInParis(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
