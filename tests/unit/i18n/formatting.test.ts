import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatEuros, formatParisDateTime } from '@/features/shared/formatting';

/**
 * docs/reviews/legal-2026-12.md §2: dates and amounts in Arabic use Latin digits, as Maghreb administrations do —
 * pinned in the language registry (`ar-u-nu-latn`), never left to the browser's ICU; and French
 * papers use a 24-hour clock, so every language does.
 */
const arabicIndicDigits = /[\u0660-\u0669\u06F0-\u06F9]/;

describe('dates and amounts, in the app’s language', () => {
  it.each(['fr', 'en', 'ar'])('%s: a calendar date keeps Latin digits and the right day', (lng) => {
    const text = formatCalendarDate('2026-12-08', lng);
    expect(text).toContain('2026');
    expect(text).toMatch(/\b8\b|08/);
    expect(text).not.toMatch(arabicIndicDigits);
  });

  it.each(['fr', 'en', 'ar'])('%s: an instant is Paris time on a 24-hour clock', (lng) => {
    // 13:05 UTC on 8 December is 14:05 in Paris.
    const text = formatParisDateTime('2026-12-08T13:05:00Z', lng);
    expect(text).toContain('14:05');
    // No AM/PM marker, in Latin or Arabic letters (ص / م standing alone).
    expect(text).not.toMatch(/\b[AP]M\b|(^|\s)[صم](\s|$)/);
    expect(text).not.toMatch(arabicIndicDigits);
  });

  it.each(['fr', 'en', 'ar'])('%s: an amount in euros, in Latin digits', (lng) => {
    const text = formatEuros(250, lng);
    expect(text).toContain('250');
    expect(text).toContain('€');
    expect(text).not.toMatch(arabicIndicDigits);
  });
});
